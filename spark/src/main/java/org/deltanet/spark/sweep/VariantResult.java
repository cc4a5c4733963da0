package org.deltanet.spark.sweep;

import java.io.Serializable;
import org.deltanet.engine.train.Metrics;
import org.deltanet.experiment.config.SweepMetric;

/**
 * How one variant ended, as its task sends it back to the driver. Metrics of a set that was not
 * measured (and all of them when the variant failed) are NaN.
 *
 * @param number           the variant's number
 * @param runDirectory     its run directory on the driver (on the executor, its name), or null if it
 *                         failed before creating one
 * @param error            why it failed, one line; null if it completed
 * @param epochs           epochs trained
 * @param seconds          wall time of the task's last attempt
 * @param trainingLoss     mean training loss of the last epoch
 * @param trainingAccuracy training accuracy of the last epoch
 * @param validationLoss   validation loss after the last epoch
 * @param validationAccuracy validation accuracy after the last epoch
 * @param testLoss         test loss after training
 * @param testAccuracy     test accuracy after training
 */
public record VariantResult(
        int number,
        String runDirectory,
        String error,
        int epochs,
        double seconds,
        double trainingLoss,
        double trainingAccuracy,
        double validationLoss,
        double validationAccuracy,
        double testLoss,
        double testAccuracy)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A variant that completed. */
    static VariantResult complete(
            int number,
            String runDirectory,
            int epochs,
            double seconds,
            Metrics training,
            Metrics validation,
            Metrics test) {
        return new VariantResult(
                number,
                runDirectory,
                null,
                epochs,
                seconds,
                loss(training),
                accuracy(training),
                loss(validation),
                accuracy(validation),
                loss(test),
                accuracy(test));
    }

    /** The error of a variant that the sweep's interruption stopped before it finished. */
    static final String INTERRUPTED = "interrupted before it finished";

    /** A variant whose job the sweep's interruption cancelled: not trained, no run directory. */
    static VariantResult interrupted(int number) {
        return failed(number, null, INTERRUPTED, 0.0);
    }

    /** A variant that failed for good. */
    static VariantResult failed(int number, String runDirectory, String error, double seconds) {
        String line = error == null || error.isBlank()
                ? "no reason given"
                : error.replaceAll("\\s*\\R\\s*", " ").strip();
        return new VariantResult(
                number,
                runDirectory,
                line,
                0,
                seconds,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN);
    }

    /** This result with its run directory where the driver wrote it. */
    VariantResult at(String directory) {
        return new VariantResult(
                number,
                directory,
                error,
                epochs,
                seconds,
                trainingLoss,
                trainingAccuracy,
                validationLoss,
                validationAccuracy,
                testLoss,
                testAccuracy);
    }

    public boolean completed() {
        return error == null;
    }

    /** Whether the sweep was interrupted before this variant finished ({@link #interrupted(int)}). */
    public boolean interrupted() {
        return INTERRUPTED.equals(error);
    }

    /** The value of {@code metric}, NaN when it was not measured. */
    public double value(SweepMetric metric) {
        return metric.of(
                metrics(trainingLoss, trainingAccuracy),
                metrics(validationLoss, validationAccuracy),
                metrics(testLoss, testAccuracy));
    }

    private static Metrics metrics(double loss, double accuracy) {
        return Double.isNaN(loss) ? null : new Metrics(loss, accuracy);
    }

    private static double loss(Metrics metrics) {
        return metrics == null ? Double.NaN : metrics.loss();
    }

    private static double accuracy(Metrics metrics) {
        return metrics == null ? Double.NaN : metrics.accuracy();
    }
}
