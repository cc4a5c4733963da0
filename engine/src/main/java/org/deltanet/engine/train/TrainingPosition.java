package org.deltanet.engine.train;

/**
 * Where a run stands between two steps: the epochs completed, the steps already taken in the next
 * epoch, and what those steps added up to. A run stopped there (an interrupt) and resumed from it
 * continues exactly as if it had not stopped, because an epoch's order of examples depends only on
 * the seed and the epoch.
 *
 * @param completedEpochs epochs completed, 0 or more
 * @param stepsDone       steps taken in epoch {@code completedEpochs + 1}, 0 at an epoch boundary
 * @param partial         the statistics of those steps; empty (or null) when {@code stepsDone} is 0
 */
public record TrainingPosition(int completedEpochs, int stepsDone, StepStatistics partial) {

    public TrainingPosition {
        if (completedEpochs < 0 || stepsDone < 0) {
            throw new IllegalArgumentException(
                    "a position has 0 or more epochs and steps, got " + completedEpochs + " and " + stepsDone);
        }
        if (stepsDone > 0 && partial == null) {
            throw new IllegalArgumentException("a position inside an epoch needs the statistics of its steps");
        }
    }

    /** The boundary after {@code epochs} epochs. */
    public static TrainingPosition after(int epochs) {
        return new TrainingPosition(epochs, 0, null);
    }

    /** Whether this is between two epochs rather than inside one. */
    public boolean atEpochBoundary() {
        return stepsDone == 0;
    }
}
