package org.deltanet.data;

import org.deltanet.engine.data.Dataset;

/** A dataset whose features are rescaled in place after each {@code gather}: {@code (x - offset) * scale}. */
final class ScaledDataset implements Dataset {

    private final Dataset data;
    private final double[] offset;
    private final double[] scale;

    /**
     * @param offset one per feature; kept, not copied
     * @param scale  one per feature; kept, not copied
     */
    ScaledDataset(Dataset data, double[] offset, double[] scale) {
        this.data = data;
        this.offset = offset;
        this.scale = scale;
    }

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
        int width = offset.length;
        for (int i = 0; i < count; i++) {
            int row = i * width;
            for (int j = 0; j < width; j++) {
                features[row + j] = (features[row + j] - offset[j]) * scale[j];
            }
        }
    }
}
