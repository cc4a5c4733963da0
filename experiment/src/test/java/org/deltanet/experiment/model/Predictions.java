package org.deltanet.experiment.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.experiment.config.PluginSpec;

/** Compares networks by their parameters, masks, activations and predictions, bit for bit. */
final class Predictions {

    private Predictions() {}

    /** The network's outputs for {@code rows} random inputs drawn with {@code seed}. */
    static double[] of(Network network, int rows, long seed) {
        Random random = new Random(seed);
        double[] inputs = new double[rows * network.inputSize()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = random.nextGaussian() * 3;
        }
        var data = new ArrayDataset(
                inputs, new double[rows * network.outputSize()], network.inputSize(), network.outputSize());
        var loss = TestPlugins.RESOLVER.loss(PluginSpec.of("squared-error"));
        return new Evaluator(network, loss, new PlainKernels()).predict(data);
    }

    static void assertSameNetwork(Network expected, Network actual) {
        assertEquals(expected.depth(), actual.depth());
        for (int l = 1; l <= expected.depth(); l++) {
            Layer want = expected.layer(l);
            Layer got = actual.layer(l);
            assertEquals(want.inputs(), got.inputs());
            assertEquals(want.units(), got.units());
            assertEquals(want.activation().toString(), got.activation().toString());
            assertArrayEquals(want.weights(), got.weights(), "weights of layer " + l);
            assertArrayEquals(want.bias(), got.bias(), "bias of layer " + l);
            for (int unit = 0; unit < want.units(); unit++) {
                assertEquals(want.hasBias(unit), got.hasBias(unit));
                for (int input = 0; input < want.inputs(); input++) {
                    assertEquals(want.isConnected(unit, input), got.isConnected(unit, input));
                }
            }
        }
        assertArrayEquals(of(expected, 37, 11), of(actual, 37, 11), "predictions differ");
    }
}
