package org.deltanet.engine.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * MSE, MAE and R² of numeric outputs, per output and over all of them (the uniform mean of the
 * outputs' values, scikit-learn's {@code multioutput='uniform_average'}).
 *
 * @param outputs  the errors of each output, in target order
 * @param examples examples counted
 */
public record RegressionScores(List<OutputErrors> outputs, long examples) implements Scores {

    public RegressionScores {
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("regression scores need at least one output");
        }
    }

    @Override
    public TargetKind kind() {
        return TargetKind.VALUES;
    }

    /** Mean squared error over every output value. */
    public double mse() {
        return mean(OutputErrors::mse);
    }

    /** Mean absolute error over every output value. */
    public double mae() {
        return mean(OutputErrors::mae);
    }

    /** The mean of the outputs' R². */
    public double r2() {
        return mean(OutputErrors::r2);
    }

    private double mean(ToDoubleFunction<OutputErrors> value) {
        return outputs.stream().mapToDouble(value).sum() / outputs.size();
    }
}
