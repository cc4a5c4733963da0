package org.deltanet.data.idx;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Intensities} on the Vector API: as many bytes as the widest double (or float) vector has
 * lanes are loaded, widened to ints, masked to their unsigned value, converted and divided by 255,
 * whole vectors at a time, with the same division in scalar code for the last few. Only where
 * those vectors have eight lanes or more (AVX-512 for doubles, AVX2 for floats): a narrower one
 * would need a byte vector shorter than the API has. The two loops are written out in full: a
 * helper shared by both species was compiled for neither and boxed every vector (38 MB allocated
 * per batch of 1024 digits). Needs {@code --add-modules
 * jdk.incubator.vector}; {@link Intensities} touches this class only when the module is present.
 */
final class VectorIntensities {

    private static final int MINIMUM_LANES = 8;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    // constants, as the JIT needs species to be; unused where the lanes are too few
    private static final VectorSpecies<Byte> DOUBLE_BYTES = sameLanes(DOUBLES, byte.class, Byte.SIZE);
    private static final VectorSpecies<Integer> DOUBLE_INTS = sameLanes(DOUBLES, int.class, Integer.SIZE);
    private static final VectorSpecies<Byte> FLOAT_BYTES = sameLanes(FLOATS, byte.class, Byte.SIZE);
    private static final VectorSpecies<Integer> FLOAT_INTS = sameLanes(FLOATS, int.class, Integer.SIZE);

    private VectorIntensities() {}

    static boolean doublesWorthwhile() {
        return DOUBLES.length() >= MINIMUM_LANES;
    }

    static boolean floatsWorthwhile() {
        return FLOATS.length() >= MINIMUM_LANES;
    }

    /** As {@link Intensities#toDoubles}. */
    static void toDoubles(byte[] pixels, int from, double[] out, int at, int n) {
        int lanes = DOUBLES.length();
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += lanes) {
            IntVector unsigned = ((IntVector) ByteVector.fromArray(DOUBLE_BYTES, pixels, from + i)
                            .convertShape(VectorOperators.B2I, DOUBLE_INTS, 0))
                    .and(0xFF);
            ((DoubleVector) unsigned.convertShape(VectorOperators.I2D, DOUBLES, 0))
                    .div(255.0)
                    .intoArray(out, at + i);
        }
        for (; i < n; i++) {
            out[at + i] = (pixels[from + i] & 0xFF) / 255.0;
        }
    }

    /** As {@link Intensities#toFloats}. */
    static void toFloats(byte[] pixels, int from, float[] out, int at, int n) {
        int lanes = FLOATS.length();
        int i = 0;
        for (int bound = FLOATS.loopBound(n); i < bound; i += lanes) {
            IntVector unsigned = ((IntVector) ByteVector.fromArray(FLOAT_BYTES, pixels, from + i)
                            .convertShape(VectorOperators.B2I, FLOAT_INTS, 0))
                    .and(0xFF);
            ((FloatVector) unsigned.convertShape(VectorOperators.I2F, FLOATS, 0))
                    .div(255f)
                    .intoArray(out, at + i);
        }
        for (; i < n; i++) {
            out[at + i] = (pixels[from + i] & 0xFF) / 255f;
        }
    }

    /** The species of {@code type} with as many lanes as {@code species}, or 8 where that has fewer. */
    private static <E> VectorSpecies<E> sameLanes(VectorSpecies<?> species, Class<E> type, int bits) {
        return VectorSpecies.of(type, VectorShape.forBitSize(Math.max(MINIMUM_LANES, species.length()) * bits));
    }
}
