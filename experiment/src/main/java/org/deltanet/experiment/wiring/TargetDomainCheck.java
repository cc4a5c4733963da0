package org.deltanet.experiment.wiring;

import java.util.Locale;
import java.util.Optional;
import org.deltanet.api.Loss;
import org.deltanet.api.ValueDomain;
import org.deltanet.engine.data.Dataset;

/**
 * Whether the training targets lie where the loss takes them ({@link Loss#targetDomain()}): rows
 * summing to 1 for a loss over distributions ({@code cross-entropy}: one-hot classes or
 * probabilities), values in [0, 1] for one over labels ({@code binary-cross-entropy}). A row
 * outside is a problem naming its values and the loss or encoding that would fit, before any
 * training. Read in chunks, once.
 */
final class TargetDomainCheck {

    /** How far a row of a distribution may sum from 1 (as the CSV reader allows for probabilities). */
    private static final double SUM_TOLERANCE = 1e-6;

    private static final int CHUNK = 256;

    private TargetDomainCheck() {}

    /** What is wrong with the first row that does not fit, if one does not. */
    static Optional<String> problem(Loss loss, Dataset training) {
        ValueDomain domain = loss.targetDomain();
        if (domain != ValueDomain.DISTRIBUTION && domain != ValueDomain.UNIT_INTERVAL) {
            return Optional.empty();
        }
        int k = training.targetCount();
        int[] order = new int[CHUNK];
        double[] features = new double[CHUNK * training.featureCount()];
        double[] targets = new double[CHUNK * k];
        for (int from = 0; from < training.size(); from += CHUNK) {
            int rows = Math.min(CHUNK, training.size() - from);
            for (int i = 0; i < rows; i++) {
                order[i] = from + i;
            }
            training.gather(order, 0, rows, features, targets);
            for (int r = 0; r < rows; r++) {
                Optional<String> wrong = domain == ValueDomain.DISTRIBUTION
                        ? notADistribution(targets, r * k, k)
                        : outsideUnitInterval(targets, r * k, k);
                if (wrong.isPresent()) {
                    return Optional.of(loss.name() + " takes targets "
                            + (domain == ValueDomain.DISTRIBUTION
                                    ? "that are distributions (rows summing to 1)"
                                    : "in [0, 1]")
                            + ", but a training example has the targets " + row(targets, r * k, k) + ": "
                            + wrong.get());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> notADistribution(double[] targets, int from, int k) {
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            if (!(targets[from + j] >= 0.0)) {
                return Optional.of("a distribution has no negative values; use squared-error for numbers");
            }
            sum += targets[from + j];
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "they sum to %s, not 1; for independent 0/1 labels (labels: multi-label) use"
                            + " binary-cross-entropy with sigmoid outputs, for numbers squared-error",
                    sum));
        }
        return Optional.empty();
    }

    private static Optional<String> outsideUnitInterval(double[] targets, int from, int k) {
        for (int j = 0; j < k; j++) {
            if (!(targets[from + j] >= 0.0 && targets[from + j] <= 1.0)) {
                return Optional.of("labels lie in [0, 1]; for numbers use squared-error");
            }
        }
        return Optional.empty();
    }

    private static String row(double[] targets, int from, int k) {
        StringBuilder text = new StringBuilder("(");
        for (int j = 0; j < Math.min(k, 10); j++) {
            text.append(j == 0 ? "" : ", ").append(targets[from + j]);
        }
        return text.append(k > 10 ? ", ...)" : ")").toString();
    }
}
