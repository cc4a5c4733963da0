package org.deltanet.rundir;

import java.util.List;
import java.util.SplittableRandom;
import org.deltanet.api.Activation;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterValues;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.Metrics;
import org.deltanet.engine.train.Trainer;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.engine.train.TrainingMode;
import org.deltanet.engine.train.TrainingResult;
import org.deltanet.registry.PluginRegistry;

/** A real, millisecond-sized training run: a 2-3-1 sigmoid network on XOR with the test plugins. */
final class TinyTraining {

    static final int LAYERS = 2;
    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();
    static final ArrayDataset XOR =
            ArrayDataset.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});

    private final Network network;

    TinyTraining() {
        Activation sigmoid = PLUGINS.activation("sigmoid");
        network = new Network(List.of(Layer.dense(2, 3, sigmoid, true), Layer.dense(3, 1, sigmoid, true)));
        SplittableRandom random = new SplittableRandom(7);
        for (Layer layer : network.layers()) {
            double[] weights = new double[layer.weights().length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextDouble(-1.0, 1.0);
            }
            layer.setWeights(weights);
        }
    }

    /** Trains {@code epochs} epochs in mini-batches of 2; validates on XOR itself if asked. */
    TrainingResult train(int epochs, boolean validate, TrainingListener... listeners) {
        return trainer(epochs).train(XOR, validate ? XOR : null, List.of(listeners));
    }

    /** Continues after {@code completedEpochs} up to {@code epochs} (fresh optimizer state: sgd has none). */
    TrainingResult resume(int completedEpochs, int epochs, boolean validate, TrainingListener... listeners) {
        return trainer(epochs)
                .resume(XOR, validate ? XOR : null, List.of(listeners), new OptimizerState(), completedEpochs);
    }

    private Trainer trainer(int epochs) {
        Optimizer sgd = PLUGINS.optimizer("sgd");
        sgd = sgd.configure(ParameterValues.builder(sgd.parameters())
                .set("learning-rate", 0.5)
                .build());
        return new Trainer(
                network,
                PLUGINS.loss("squared-error"),
                sgd,
                new TrainingConfig(TrainingMode.MINI_BATCH, 2, epochs, true, 42L),
                new PlainKernels());
    }

    /** A synthetic report, for listeners that only look at the numbers. */
    static EpochReport report(int epoch, int epochs, Metrics training, Metrics validation, double... deltas) {
        return new EpochReport(
                epoch,
                epochs,
                epoch * 2L,
                training,
                validation,
                deltas,
                0.5,
                Double.NaN,
                0.25,
                null,
                new OptimizerState());
    }
}
