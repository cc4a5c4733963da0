package org.deltanet.api;

/**
 * What one finished epoch measured, as a {@link Schedule} sees it: mean training loss and accuracy
 * over the epoch's batches, and loss and accuracy on the validation data after the epoch (NaN when
 * the run has no validation data). Losses are in the loss plugin's units, accuracies in [0, 1].
 *
 * <p>Example: {@code new EpochOutcome(3, 0.41, 0.88, 0.45, 0.86).monitoredLoss()} is 0.45.
 *
 * @param epoch              1-based number of the epoch
 * @param trainingLoss       mean loss over the epoch's batches
 * @param trainingAccuracy   fraction of training examples classified correctly
 * @param validationLoss     loss on the validation data, NaN without validation data
 * @param validationAccuracy accuracy on the validation data, NaN without validation data
 */
public record EpochOutcome(
        int epoch, double trainingLoss, double trainingAccuracy, double validationLoss, double validationAccuracy) {

    /**
     * The loss a schedule that watches progress should watch: the validation loss when there is
     * validation data, otherwise the training loss.
     */
    public double monitoredLoss() {
        return Double.isNaN(validationLoss) ? trainingLoss : validationLoss;
    }
}
