package org.deltanet.data.idx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.deltanet.data.Allocations;
import org.junit.jupiter.api.Test;

/**
 * The double gather of byte images gives exactly {@code (x & 0xFF) / 255.0} for each pixel, and the
 * float gather exactly those values rounded (what float32 runs trained on before it had its own
 * conversion), over generated images, labels, orders and batches; on the Vector API where this
 * JVM has it, as the build's tests run.
 */
class ByteImageDatasetTest {

    @Test
    void floatGatherIsTheDoubleGatherRoundedBitForBit() {
        SplittableRandom random = new SplittableRandom(29);
        for (int c = 0; c < 300; c++) {
            // case 0 holds every byte value, so the whole table is compared
            Images images = c == 0 ? everyByte() : generated(random);
            ByteImageDataset data = images.dataset();
            int count = random.nextInt(1, 2 * data.size() + 1);
            int from = random.nextInt(4);
            int[] order = random.ints(from + count, 0, data.size()).toArray();
            double[] x = new double[count * data.featureCount()];
            double[] y = new double[count * data.targetCount()];
            float[] fx = new float[x.length + 2];
            float[] fy = new float[y.length + 2];
            Arrays.fill(fx, Float.NaN);
            Arrays.fill(fy, 5f);
            data.gather(order, from, count, x, y);
            data.gather(order, from, count, fx, fy);
            assertIntensities(images, order, from, count, x, "case " + c);
            assertRounded(x, fx, "features, case " + c);
            assertRounded(y, fy, "targets, case " + c);
        }
    }

    @Test
    void theVectorPathIsTestedWhereTheProcessorHasIt() {
        assertTrue(
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "surefire must run with --add-modules jdk.incubator.vector, or the vector conversion goes untested");
        assumeTrue(
                jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length() >= 8,
                "this processor has no vectors of eight doubles");
        assertTrue(Intensities.vectorized());
    }

    @Test
    void floatGatherAllocatesNothing() {
        ByteImageDataset data = everyByte().dataset();
        int[] order = {5, 0, 15, 3};
        float[] x = new float[order.length * data.featureCount()];
        float[] y = new float[order.length * data.targetCount()];
        assertTrue(Allocations.during(10_000, () -> data.gather(order, 0, order.length, x, y)) < 10_000);
    }

    /** Each gathered feature against the pixel it came from, divided by 255 here. */
    private static void assertIntensities(Images images, int[] order, int from, int count, double[] x, String label) {
        int pixels = images.dataset().featureCount();
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < pixels; p++) {
                double expected = (images.pixels()[order[from + i] * pixels + p] & 0xFF) / 255.0;
                assertEquals(expected, x[i * pixels + p], label + ", example " + i + ", pixel " + p);
            }
        }
    }

    private static void assertRounded(double[] wide, float[] narrow, String label) {
        for (int i = 0; i < wide.length; i++) {
            assertEquals(Float.floatToRawIntBits((float) wide[i]), Float.floatToRawIntBits(narrow[i]), label);
        }
    }

    /** A dataset and the pixels it was made of. */
    private record Images(ByteImageDataset dataset, byte[] pixels) {
        Images(byte[] pixels, byte[] labels, int pixelsPerImage, int classes) {
            this(new ByteImageDataset(pixels, labels, pixelsPerImage, classes), pixels);
        }
    }

    /** 16 images of 16 pixels holding the bytes 0 to 255 in turn, labels 0 to 9 and again. */
    private static Images everyByte() {
        byte[] pixels = new byte[256];
        byte[] labels = new byte[16];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) i;
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (i % 10);
        }
        return new Images(pixels, labels, 16, 10);
    }

    private static Images generated(SplittableRandom random) {
        int images = random.nextInt(1, 20);
        int pixelsPerImage = random.nextInt(1, 100);
        int classes = random.nextInt(1, 12);
        byte[] pixels = new byte[images * pixelsPerImage];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) random.nextInt(256);
        }
        byte[] labels = new byte[images];
        for (int i = 0; i < images; i++) {
            labels[i] = (byte) random.nextInt(classes);
        }
        return new Images(pixels, labels, pixelsPerImage, classes);
    }
}
