package org.deltanet.experiment.wiring;

import com.google.inject.Inject;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.engine.train.TrainingLoop;

/**
 * The object graph of one experiment, built by {@link ExperimentWiring} with every plugin resolved
 * and every size checked: what a run trains, with what, and how it describes the result. Also what
 * {@code deltanet explain} steps by hand.
 *
 * @param data      the examples, scaled and split
 * @param network   the network to train (built from the config, or given by an initial model or checkpoint)
 * @param loop      single-machine or distributed training
 * @param loss      the loss, also used to evaluate the test set
 * @param optimizer the configured optimizer
 * @param training  the training settings (mode, batch size, order of examples), checked against the data
 * @param kernels   the matrix kernels training and evaluation use
 * @param models    describes the network as a model file would
 */
public record WiredExperiment(
        ExperimentData data,
        Network network,
        TrainingLoop loop,
        Loss loss,
        Optimizer optimizer,
        TrainingConfig training,
        MatrixKernels kernels,
        ModelDescription models) {

    /**
     * The name of the single-machine loop's binding ({@code @Named}): a {@link TrainingLoop} that
     * replaces the default (the Spark module's) hands undistributed experiments to it.
     */
    public static final String SINGLE_MACHINE = "single-machine";

    /** Guice builds it from the experiment's bindings. */
    @Inject
    public WiredExperiment {}
}
