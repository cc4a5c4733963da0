package org.deltanet.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The float gather gives the double gather's values rounded, bit for bit: the default (for a
 * dataset with the double gather alone) and {@link ArrayDataset}'s own; over generated datasets,
 * orders and batches (seeded).
 */
class FloatGatherTest {

    private static final int CASES = 300;

    @Test
    void theDefaultRoundsTheDoubleGather() {
        SplittableRandom random = new SplittableRandom(13);
        for (int c = 0; c < CASES; c++) {
            assertRoundsTheDoubleGather(doublesOnly(generated(random)), random, "case " + c);
        }
    }

    @Test
    void arrayDatasetRoundsTheDoubleGather() {
        SplittableRandom random = new SplittableRandom(17);
        for (int c = 0; c < CASES; c++) {
            assertRoundsTheDoubleGather(generated(random), random, "case " + c);
        }
    }

    @Test
    void theDefaultAllocatesNothingOnceWarm() {
        Dataset data = doublesOnly(generated(new SplittableRandom(19)));
        int[] order = new int[data.size()];
        float[] x = new float[order.length * data.featureCount()];
        float[] y = new float[order.length * data.targetCount()];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        data.gather(order, 0, order.length, x, y);
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 10_000; i++) {
            data.gather(order, 0, order.length, x, y);
        }
        // the counter's own reading may allocate a few objects; a batch of buffers per call would be MBs
        assertTrue(threads.getThreadAllocatedBytes(thread) - before < 10_000);
    }

    /**
     * Gathers a generated order (repeats allowed) at a generated offset, in both precisions, into
     * buffers longer than needed and pre-filled with other values, and compares the bits.
     */
    static void assertRoundsTheDoubleGather(Dataset data, SplittableRandom random, String label) {
        int count = random.nextInt(1, 2 * data.size() + 1);
        int from = random.nextInt(4);
        int[] order = random.ints(from + count, 0, data.size()).toArray();
        double[] x = new double[count * data.featureCount()];
        double[] y = new double[count * data.targetCount()];
        float[] fx = new float[x.length + 3];
        float[] fy = new float[y.length + 3];
        Arrays.fill(fx, Float.NaN);
        Arrays.fill(fy, 5f);
        data.gather(order, from, count, x, y);
        data.gather(order, from, count, fx, fy);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Float.floatToRawIntBits((float) x[i]), Float.floatToRawIntBits(fx[i]), label);
        }
        for (int i = 0; i < y.length; i++) {
            assertEquals(Float.floatToRawIntBits((float) y[i]), Float.floatToRawIntBits(fy[i]), label);
        }
    }

    /**
     * Random shapes; values of every magnitude, most of them not floats, some that round to
     * infinity or below float's smallest normal, and a few exact ones (0, -0, 1, NaN).
     */
    private static ArrayDataset generated(SplittableRandom random) {
        int size = random.nextInt(1, 30);
        int featureCount = random.nextInt(1, 40);
        int targetCount = random.nextInt(1, 12);
        return new ArrayDataset(
                values(random, size * featureCount), values(random, size * targetCount), featureCount, targetCount);
    }

    private static double[] values(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch (random.nextInt(8)) {
                case 0 -> new double[] {0.0, -0.0, 1.0, Double.NaN}[random.nextInt(4)];
                case 1 -> random.nextDouble(-1, 1) * Math.pow(2, random.nextInt(-160, -120));
                case 2 -> random.nextDouble(-1, 1) * Math.pow(2, random.nextInt(120, 140));
                default -> random.nextDouble(-1, 1) * Math.pow(2, random.nextInt(-20, 20));
            };
        }
        return values;
    }

    /** The same examples through a dataset that has the double gather alone, so the default serves its float one. */
    private static Dataset doublesOnly(Dataset data) {
        return new Dataset() {
            @Override
            public int size() {
                return data.size();
            }

            @Override
            public int featureCount() {
                return data.featureCount();
            }

            @Override
            public int targetCount() {
                return data.targetCount();
            }

            @Override
            public void gather(int[] order, int from, int count, double[] features, double[] targets) {
                data.gather(order, from, count, features, targets);
            }
        };
    }
}
