package org.deltanet.engine.data;

/**
 * The default float {@link Dataset#gather(int[], int, int, float[], float[]) gather}: the dataset's
 * double gather into this thread's buffers, then each value rounded to float. The buffers grow to
 * the largest batch and stay with the thread, so that nothing is allocated once warm.
 */
final class RoundedGather {

    private static final ThreadLocal<RoundedGather> PER_THREAD = ThreadLocal.withInitial(RoundedGather::new);

    private double[] features = new double[0];
    private double[] targets = new double[0];

    private RoundedGather() {}

    static void gather(Dataset data, int[] order, int from, int count, float[] features, float[] targets) {
        PER_THREAD.get().into(data, order, from, count, features, targets);
    }

    private void into(Dataset data, int[] order, int from, int count, float[] x, float[] y) {
        int inputs = count * data.featureCount();
        int outputs = count * data.targetCount();
        if (features.length < inputs) {
            features = new double[inputs];
        }
        if (targets.length < outputs) {
            targets = new double[outputs];
        }
        data.gather(order, from, count, features, targets);
        round(features, x, inputs);
        round(targets, y, outputs);
    }

    private static void round(double[] from, float[] to, int n) {
        for (int i = 0; i < n; i++) {
            to[i] = (float) from[i];
        }
    }
}
