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
 */
public final class WiredExperiment {

    /**
     * The name of the single-machine loop's binding ({@code @Named}): a {@link TrainingLoop} that
     * replaces the default (the Spark module's) hands undistributed experiments to it.
     */
    public static final String SINGLE_MACHINE = "single-machine";

    private final ExperimentData data;
    private final Network network;
    private final TrainingLoop loop;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TrainingConfig training;
    private final MatrixKernels kernels;
    private final ModelDescription models;

    @Inject
    WiredExperiment(
            ExperimentData data,
            Network network,
            TrainingLoop loop,
            Loss loss,
            Optimizer optimizer,
            TrainingConfig training,
            MatrixKernels kernels,
            ModelDescription models) {
        this.data = data;
        this.network = network;
        this.loop = loop;
        this.loss = loss;
        this.optimizer = optimizer;
        this.training = training;
        this.kernels = kernels;
        this.models = models;
    }

    /** The examples, scaled and split. */
    public ExperimentData data() {
        return data;
    }

    /** The network to train (built from the config, or given by an initial model or checkpoint). */
    public Network network() {
        return network;
    }

    /** Single-machine or distributed training. */
    public TrainingLoop loop() {
        return loop;
    }

    /** The loss, also used to evaluate the test set. */
    public Loss loss() {
        return loss;
    }

    /** The configured optimizer. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The training settings (mode, batch size, order of examples), checked against the data. */
    public TrainingConfig training() {
        return training;
    }

    /** The matrix kernels training and evaluation use. */
    public MatrixKernels kernels() {
        return kernels;
    }

    /** Describes the network as a model file would. */
    public ModelDescription models() {
        return models;
    }
}
