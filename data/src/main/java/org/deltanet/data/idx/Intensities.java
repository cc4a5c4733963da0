package org.deltanet.data.idx;

/**
 * Pixel bytes to intensities {@code x / 255} in [0, 1]: in double exactly {@code x / 255.0}, in
 * float {@code x / 255f}, which is that double rounded to float for every one of the 256 bytes.
 * On the Vector API where the JVM has it ({@link VectorIntensities}: 3x the scalar table in double
 * and 6x in float at MNIST's batch of 1024), else through a table of the 256 values; both give the
 * same bits.
 */
final class Intensities {

    private static final double[] DOUBLES = new double[256];
    private static final float[] FLOATS = new float[256];
    private static final boolean VECTOR_DOUBLES = vectorUsable(true);
    private static final boolean VECTOR_FLOATS = vectorUsable(false);

    static {
        for (int value = 0; value < DOUBLES.length; value++) {
            DOUBLES[value] = value / 255.0;
            FLOATS[value] = value / 255f;
        }
    }

    private Intensities() {}

    private static boolean vectorUsable(boolean doubles) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return doubles ? VectorIntensities.doublesWorthwhile() : VectorIntensities.floatsWorthwhile();
        } catch (LinkageError | RuntimeException unusable) {
            return false;
        }
    }

    /** Whether doubles and floats are converted on the Vector API here. */
    static boolean vectorized() {
        return VECTOR_DOUBLES && VECTOR_FLOATS;
    }

    /** {@code out[at + i] = (pixels[from + i] & 0xFF) / 255.0} for {@code i < n}. */
    static void toDoubles(byte[] pixels, int from, double[] out, int at, int n) {
        if (VECTOR_DOUBLES) {
            VectorIntensities.toDoubles(pixels, from, out, at, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[at + i] = DOUBLES[pixels[from + i] & 0xFF];
        }
    }

    /** {@code out[at + i] = (pixels[from + i] & 0xFF) / 255f} for {@code i < n}. */
    static void toFloats(byte[] pixels, int from, float[] out, int at, int n) {
        if (VECTOR_FLOATS) {
            VectorIntensities.toFloats(pixels, from, out, at, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[at + i] = FLOATS[pixels[from + i] & 0xFF];
        }
    }
}
