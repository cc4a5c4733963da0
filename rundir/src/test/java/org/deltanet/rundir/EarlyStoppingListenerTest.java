package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.deltanet.engine.train.Metrics;
import org.deltanet.engine.train.TrainingResult;
import org.junit.jupiter.api.Test;

class EarlyStoppingListenerTest {

    /** What onEpochEnd answers for each epoch, the validation metric taking the given values. */
    private static List<Boolean> feed(EarlyStoppingListener stopping, StoppingMetric metric, double... values) {
        List<Boolean> answers = new ArrayList<>();
        for (int e = 1; e <= values.length; e++) {
            Metrics metrics = new Metrics(values[e - 1], values[e - 1]);
            answers.add(stopping.onEpochEnd(TinyTraining.report(
                    e,
                    100,
                    metric.needsValidation() ? new Metrics(9, 0) : metrics,
                    metric.needsValidation() ? metrics : null,
                    0.1)));
        }
        return answers;
    }

    @Test
    void stopsAfterPatienceEpochsWithoutImprovement() {
        var stopping = new EarlyStoppingListener(StoppingMetric.VALIDATION_LOSS, 3, 0.0, true);

        assertEquals(
                List.of(true, true, true, true, false),
                feed(stopping, StoppingMetric.VALIDATION_LOSS, 1.0, 0.8, 0.85, 0.81, 0.9));
        assertEquals(OptionalInt.of(2), stopping.bestEpoch());
        assertEquals(0.8, stopping.bestValue());
    }

    @Test
    void theAnnouncementNamesTheStopTheBestEpochAndTheKeptWeights() {
        var stopping = new EarlyStoppingListener(StoppingMetric.VALIDATION_LOSS, 3, 0.0, true);
        feed(stopping, StoppingMetric.VALIDATION_LOSS, 1.0, 0.8, 0.85, 0.81, 0.9);

        assertEquals(
                "early stop after epoch 5 of 100: " + StoppingMetric.VALIDATION_LOSS.label()
                        + " has not improved on 0.8000 (epoch 2) for 3 epochs; the model keeps the weights of epoch 5",
                stopping.announcement(5, 100, 5));
    }

    @Test
    void anImprovementStartsThePatienceAgain() {
        var stopping = new EarlyStoppingListener(StoppingMetric.TRAINING_LOSS, 3, 0.0, false);

        assertEquals(
                List.of(true, true, true, true, true, true, false),
                feed(stopping, StoppingMetric.TRAINING_LOSS, 1.0, 1.1, 1.2, 0.9, 1.0, 1.0, 1.0));
        assertEquals(OptionalInt.of(4), stopping.bestEpoch());
    }

    @Test
    void improvementsSmallerThanMinDeltaDoNotCount() {
        var stopping = new EarlyStoppingListener(StoppingMetric.VALIDATION_LOSS, 3, 0.1, true);

        assertEquals(
                List.of(true, true, true, false),
                feed(stopping, StoppingMetric.VALIDATION_LOSS, 1.0, 0.95, 0.92, 0.91));
        assertEquals(OptionalInt.of(1), stopping.bestEpoch());
    }

    @Test
    void accuracyIsBetterWhenHigher() {
        var stopping = new EarlyStoppingListener(StoppingMetric.VALIDATION_ACCURACY, 2, 0.0, true);

        assertEquals(
                List.of(true, true, true, false),
                feed(stopping, StoppingMetric.VALIDATION_ACCURACY, 0.5, 0.75, 0.75, 0.5));
        assertEquals(OptionalInt.of(2), stopping.bestEpoch());
    }

    @Test
    void aResumedRunCarriesPatienceAndBestEpochOver() {
        MetricsHistory history = new MetricsHistory(1);
        double[] losses = {0.5, 0.6, 0.7};
        for (int e = 1; e <= losses.length; e++) {
            history.add(
                    new EpochRow(e, new Metrics(9, 0), new Metrics(losses[e - 1], 0), 0.1, 0.1, new double[] {0.1}));
        }
        var stopping = new EarlyStoppingListener(StoppingMetric.VALIDATION_LOSS, 3, 0.0, true);
        stopping.replay(history);

        assertEquals(
                false, stopping.onEpochEnd(TinyTraining.report(4, 10, new Metrics(9, 0), new Metrics(0.8, 0), 0.1)));
        assertEquals(OptionalInt.of(1), stopping.bestEpoch());
    }

    @Test
    void stopsARealTrainingRun() {
        var stopping = new EarlyStoppingListener(StoppingMetric.TRAINING_LOSS, 2, 1.0, false);

        TrainingResult result = new TinyTraining().train(50, false, stopping);

        assertTrue(result.stoppedEarly());
        assertEquals(3, result.lastEpoch(), "no epoch beats epoch 1 by a whole 1.0 of loss");
        assertEquals(OptionalInt.of(1), stopping.bestEpoch());
    }

    @Test
    void aValidationMetricWithoutValidationDataIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new EarlyStoppingListener(StoppingMetric.VALIDATION_LOSS, 5, 0.0, false));
        assertEquals(
                "early stopping on validation-loss needs a validation split: set data.validation-split",
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new EarlyStoppingListener(StoppingMetric.VALIDATION_ACCURACY, 5, 0.0, false));
    }

    @Test
    void rejectsPatienceAndMinDeltaOutOfRange() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new EarlyStoppingListener(StoppingMetric.TRAINING_LOSS, 0, 0.0, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EarlyStoppingListener(StoppingMetric.TRAINING_LOSS, 1, -0.1, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EarlyStoppingListener(StoppingMetric.TRAINING_LOSS, 1, Double.NaN, false));
    }
}
