package org.deltanet.engine.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link Sums} on the Vector API; loaded only when {@link Kernels} finds the module usable. */
final class VectorSums {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int UNROLL = 4;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;

    private VectorSums() {}

    static double sumAbs(double[] values, int length) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i + UNROLL * LANES <= length; i += UNROLL * LANES) {
            s0 = s0.add(DoubleVector.fromArray(SPECIES, values, i).abs());
            s1 = s1.add(DoubleVector.fromArray(SPECIES, values, i + LANES).abs());
            s2 = s2.add(DoubleVector.fromArray(SPECIES, values, i + 2 * LANES).abs());
            s3 = s3.add(DoubleVector.fromArray(SPECIES, values, i + 3 * LANES).abs());
        }
        for (; i + LANES <= length; i += LANES) {
            s0 = s0.add(DoubleVector.fromArray(SPECIES, values, i).abs());
        }
        double sum = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        return sum + Sums.scalarSumAbs(values, i, length);
    }

    static double sumAbs(float[] values, int length) {
        FloatVector sum = FloatVector.zero(FLOATS);
        int lanes = FLOATS.length();
        int i = 0;
        for (; i + lanes <= length; i += lanes) {
            sum = sum.add(FloatVector.fromArray(FLOATS, values, i).abs());
        }
        return sum.reduceLanes(VectorOperators.ADD) + Sums.scalarSumAbs(values, i, length);
    }
}
