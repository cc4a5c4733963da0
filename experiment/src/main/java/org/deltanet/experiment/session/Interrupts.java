package org.deltanet.experiment.session;

import org.deltanet.engine.train.TrainingListener;

/**
 * A request to stop training at the next step boundary (SIGINT or SIGTERM): the command line sets
 * it from its signal handler, the epoch loop reads it before every step.
 */
final class Interrupts implements TrainingListener {

    private volatile boolean requested;

    /** Asks training to stop at the next step boundary; safe from any thread. */
    void request() {
        requested = true;
    }

    @Override
    public boolean stopRequested() {
        return requested;
    }
}
