package org.deltanet.engine.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds up squared and absolute errors per output, and the targets' mean and sum of squared
 * deviations by Welford's update (stable where the naive {@code sum y² - n mean²} cancels), for
 * R².
 */
final class ErrorCounter implements ScoreCounter {

    private final List<String> outputs;
    private final double[] squaredErrors;
    private final double[] absoluteErrors;
    private final double[] targetMeans;
    private final double[] targetDeviations;
    private long examples;

    ErrorCounter(List<String> outputs) {
        this.outputs = List.copyOf(outputs);
        int k = outputs.size();
        this.squaredErrors = new double[k];
        this.absoluteErrors = new double[k];
        this.targetMeans = new double[k];
        this.targetDeviations = new double[k];
    }

    @Override
    public void add(double[] output, double[] target, int rows) {
        int k = outputs.size();
        for (int r = 0; r < rows; r++) {
            examples++;
            for (int j = 0; j < k; j++) {
                double y = target[r * k + j];
                double error = output[r * k + j] - y;
                squaredErrors[j] += error * error;
                absoluteErrors[j] += Math.abs(error);
                double delta = y - targetMeans[j];
                targetMeans[j] += delta / examples;
                targetDeviations[j] += delta * (y - targetMeans[j]);
            }
        }
    }

    @Override
    public Scores scores() {
        List<OutputErrors> errors = new ArrayList<>(outputs.size());
        for (int j = 0; j < outputs.size(); j++) {
            double n = Math.max(examples, 1);
            errors.add(new OutputErrors(
                    outputs.get(j),
                    squaredErrors[j] / n,
                    absoluteErrors[j] / n,
                    r2(squaredErrors[j], targetDeviations[j])));
        }
        return new RegressionScores(errors, examples);
    }

    private static double r2(double squaredErrors, double deviations) {
        if (deviations == 0.0) {
            return squaredErrors == 0.0 ? 1.0 : 0.0;
        }
        return 1.0 - squaredErrors / deviations;
    }
}
