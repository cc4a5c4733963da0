package org.deltanet.data;

import org.deltanet.engine.data.Dataset;

/**
 * A view of some examples of another dataset: example {@code i} of the view is example
 * {@code indices[i]} of the underlying one. Nothing is copied; both gathers (double and float) map
 * the requested order through the indices into a scratch array allocated with the view, so they do
 * not allocate, and hand it to the underlying dataset's gather of the same precision.
 * Not thread-safe (the scratch array is shared), like the training loop that uses it.
 */
final class IndexedDataset implements Dataset {

    private final Dataset data;
    private final int[] indices;
    private int[] scratch;

    /** @param indices positions in {@code data}; kept, not copied */
    IndexedDataset(Dataset data, int[] indices) {
        this.data = data;
        this.indices = indices;
        this.scratch = new int[indices.length];
    }

    @Override
    public int size() {
        return indices.length;
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
        data.gather(mapped(order, from, count), 0, count, features, targets);
    }

    @Override
    public void gather(int[] order, int from, int count, float[] features, float[] targets) {
        data.gather(mapped(order, from, count), 0, count, features, targets);
    }

    /** The scratch array holding the underlying positions of {@code order[from .. from + count - 1]}. */
    private int[] mapped(int[] order, int from, int count) {
        if (count > scratch.length) {
            scratch = new int[count];
        }
        for (int i = 0; i < count; i++) {
            scratch[i] = indices[order[from + i]];
        }
        return scratch;
    }
}
