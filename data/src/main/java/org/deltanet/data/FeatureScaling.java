package org.deltanet.data;

import java.util.Arrays;
import java.util.Objects;
import org.deltanet.engine.data.Dataset;

/**
 * Fitted per-feature scaling: feature {@code j} becomes {@code (x - offset[j]) * scale[j]}. Fitted
 * once on the training data ({@link ScalingMethod#fit}) and stored with the model, so that test,
 * validation and prediction inputs are scaled exactly as the training inputs were.
 *
 * <p>Example:
 * <pre>{@code
 * FeatureScaling scaling = ScalingMethod.STANDARDIZE.fit(split.training());
 * Dataset training = scaling.apply(split.training());
 * Dataset validation = scaling.apply(split.validation());
 * }</pre>
 *
 * @param method the {@link ScalingMethod#label() label} of the method that fitted the parameters
 * @param offset subtracted from each feature
 * @param scale  multiplies each feature after the offset; 0 for a feature that was constant
 */
public record FeatureScaling(String method, double[] offset, double[] scale) {

    /**
     * @throws IllegalArgumentException if the method is unknown, the arrays differ in length or are
     *         empty, or a value is not finite
     */
    public FeatureScaling {
        ScalingMethod.fromLabel(Objects.requireNonNull(method, "method"));
        if (offset == null || scale == null || offset.length != scale.length || offset.length == 0) {
            throw new IllegalArgumentException("scaling needs one offset and one scale per feature, got "
                    + (offset == null ? "no" : offset.length) + " offsets and "
                    + (scale == null ? "no" : scale.length) + " scales");
        }
        offset = finiteCopy(offset, "offset");
        scale = finiteCopy(scale, "scale");
    }

    private static double[] finiteCopy(double[] values, String what) {
        for (int j = 0; j < values.length; j++) {
            if (!Double.isFinite(values[j])) {
                throw new IllegalArgumentException(
                        "scaling " + what + " " + (j + 1) + " is " + values[j] + "; it must be a finite number");
            }
        }
        return values.clone();
    }

    /** The number of features this scaling was fitted on. */
    public int featureCount() {
        return offset.length;
    }

    /** A copy of the offsets. */
    @Override
    public double[] offset() {
        return offset.clone();
    }

    /** A copy of the scales. */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /**
     * The dataset with its features scaled inside {@code gather} (no copy of the data is made);
     * the dataset itself when this scaling changes nothing.
     *
     * @throws IllegalArgumentException if the dataset has another number of features
     */
    public Dataset apply(Dataset data) {
        if (data.featureCount() != offset.length) {
            throw new IllegalArgumentException(
                    "the scaling was fitted on " + offset.length + " features but the data has " + data.featureCount());
        }
        return changesNothing() ? data : new ScaledDataset(data, offset, scale);
    }

    private boolean changesNothing() {
        for (int j = 0; j < offset.length; j++) {
            if (offset[j] != 0.0 || scale[j] != 1.0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureScaling that
                && method.equals(that.method)
                && Arrays.equals(offset, that.offset)
                && Arrays.equals(scale, that.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, Arrays.hashCode(offset), Arrays.hashCode(scale));
    }

    @Override
    public String toString() {
        return method + "(offset=" + Arrays.toString(offset) + ", scale=" + Arrays.toString(scale) + ")";
    }
}
