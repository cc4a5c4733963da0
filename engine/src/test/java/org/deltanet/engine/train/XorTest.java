package org.deltanet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * XOR is learnt in every mode: a 2-4-1 network (tanh, then sigmoid with binary cross-entropy)
 * from Xavier weights drawn with a fixed seed, trained by momentum, puts all four outputs on the
 * right side of 0.5.
 */
class XorTest {

    private static final long SEED = 7L;
    private static final int EPOCHS = 1000;
    private static final double LEARNING_RATE = 0.1;

    private static final ArrayDataset XOR =
            ArrayDataset.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});

    @ParameterizedTest
    @EnumSource(TrainingMode.class)
    void learnsXor(TrainingMode mode) {
        Network network = new Network(List.of(
                Layer.dense(2, 4, Networks.PLUGINS.activation("tanh"), true),
                Layer.dense(4, 1, Networks.PLUGINS.activation("sigmoid"), true)));
        SplittableRandom random = new SplittableRandom(SEED);
        network.layers().forEach(layer -> layer.initialize(Networks.PLUGINS.initializer("xavier"), random));

        TrainingResult result = new Trainer(
                        network,
                        Networks.PLUGINS.loss("binary-cross-entropy"),
                        Networks.optimizer("momentum", LEARNING_RATE),
                        new TrainingConfig(mode, 2, EPOCHS, true, SEED),
                        Networks.KERNELS)
                .train(XOR, null, List.of());

        double[] outputs =
                new Evaluator(network, Networks.PLUGINS.loss("binary-cross-entropy"), Networks.KERNELS).predict(XOR);
        for (int example = 0; example < 4; example++) {
            boolean one = example == 1 || example == 2;
            assertTrue(
                    one ? outputs[example] > 0.5 : outputs[example] < 0.5,
                    mode + ": outputs " + Arrays.toString(outputs) + ", final training loss "
                            + result.training().loss());
        }
        assertEquals(1.0, result.training().accuracy(), mode + ": training accuracy of the last epoch");
    }
}
