package org.deltanet.engine.data;

/** A dataset held as two flat row-major {@code double[]} arrays. */
public final class ArrayDataset implements Dataset {

    private final double[] features;
    private final double[] targets;
    private final int size;
    private final int featureCount;
    private final int targetCount;

    /**
     * @param features {@code size x featureCount}, row-major; kept, not copied
     * @param targets  {@code size x targetCount}, row-major; kept, not copied
     */
    public ArrayDataset(double[] features, double[] targets, int featureCount, int targetCount) {
        if (featureCount < 1 || targetCount < 1) {
            throw new IllegalArgumentException("need at least one feature and one target column");
        }
        if (features.length % featureCount != 0
                || targets.length % targetCount != 0
                || features.length / featureCount != targets.length / targetCount) {
            throw new IllegalArgumentException(features.length + " feature values in rows of "
                    + featureCount + " do not match " + targets.length + " target values in rows of "
                    + targetCount);
        }
        this.features = features;
        this.targets = targets;
        this.size = features.length / featureCount;
        this.featureCount = featureCount;
        this.targetCount = targetCount;
    }

    /** A dataset from one array per example; rows are copied. */
    public static ArrayDataset of(double[][] featureRows, double[][] targetRows) {
        if (featureRows.length == 0 || featureRows.length != targetRows.length) {
            throw new IllegalArgumentException(featureRows.length + " feature rows and " + targetRows.length
                    + " target rows: need the same, non-zero number");
        }
        return new ArrayDataset(flatten(featureRows), flatten(targetRows), featureRows[0].length, targetRows[0].length);
    }

    private static double[] flatten(double[][] rows) {
        int width = rows[0].length;
        double[] flat = new double[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != width) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + rows[r].length + " values, row 0 has " + width);
            }
            System.arraycopy(rows[r], 0, flat, r * width, width);
        }
        return flat;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    @Override
    public int targetCount() {
        return targetCount;
    }

    @Override
    public void gather(int[] order, int from, int count, double[] x, double[] y) {
        for (int i = 0; i < count; i++) {
            int example = order[from + i];
            System.arraycopy(features, example * featureCount, x, i * featureCount, featureCount);
            System.arraycopy(targets, example * targetCount, y, i * targetCount, targetCount);
        }
    }

    /** Rounds straight from the stored rows, without a double batch in between. */
    @Override
    public void gather(int[] order, int from, int count, float[] x, float[] y) {
        for (int i = 0; i < count; i++) {
            int example = order[from + i];
            round(features, example * featureCount, x, i * featureCount, featureCount);
            round(targets, example * targetCount, y, i * targetCount, targetCount);
        }
    }

    private static void round(double[] from, int start, float[] to, int at, int length) {
        for (int j = 0; j < length; j++) {
            to[at + j] = (float) from[start + j];
        }
    }
}
