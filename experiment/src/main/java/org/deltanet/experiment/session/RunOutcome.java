package org.deltanet.experiment.session;

import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Evaluation;
import org.deltanet.engine.train.Metrics;
import org.deltanet.engine.train.TrainingResult;
import org.deltanet.rundir.RunDirectory;

/**
 * A completed run.
 *
 * @param run        its directory
 * @param result     how training ended
 * @param evaluation the model's scores on the test set, or null without one
 * @param network    the trained network
 */
public record RunOutcome(RunDirectory run, TrainingResult result, Evaluation evaluation, Network network) {

    /** Loss and accuracy on the test set, or null without one. */
    public Metrics test() {
        return evaluation == null ? null : evaluation.metrics();
    }
}
