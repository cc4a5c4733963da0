package org.deltanet.cli.explain;

import java.util.Arrays;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.network.Network;

/**
 * Recognises the seed article's worked example (the sparse 2-3-2-1 network with its published
 * weights) so that its explanation can carry the note on the article's 0.7043.
 */
public final class SeedArticle {

    /** The note printed after the seed's steps. */
    public static final String NOTE = "Note: this is the seed article's worked example. The article reports 0.7043 "
            + "for the output after the step; that figure comes from an arithmetic slip in its published "
            + "calculation. The step above follows the article's own formulas (the forward pass, delta = o - y, "
            + "the delta rule and w <- w - 0.5 * dJ/dw) and gives 0.6718 -> 0.6981.";

    private static final double[][] WEIGHTS = {
        {0.3, 0.0, 0.7, 0.0, -0.1, 0.0},
        {-0.5, 0.4, 0.0, 0.3, 0.6, 0.4},
        {0.5, 0.7}
    };
    private static final double[] LAYER1_BIAS = {0.5, -0.2, 0.0};

    private SeedArticle() {}

    /**
     * Whether this is the article's step: its network with its weights before training, log loss
     * and plain gradient descent with learning rate 0.5.
     */
    public static boolean is(Network network, Loss loss, Optimizer optimizer) {
        if (!"binary-cross-entropy".equals(loss.name())
                || !"sgd".equals(optimizer.name())
                || optimizer.learningRate() != 0.5) {
            return false;
        }
        if (network.depth() != 3
                || network.inputSize() != 2
                || network.layer(1).units() != 3
                || network.layer(2).units() != 2
                || network.outputSize() != 1) {
            return false;
        }
        for (int l = 1; l <= 3; l++) {
            if (!Arrays.equals(WEIGHTS[l - 1], network.layer(l).weights())
                    || network.layer(l).hasBias() != (l == 1)) {
                return false;
            }
        }
        return Arrays.equals(LAYER1_BIAS, network.layer(1).bias())
                && !network.layer(1).hasBias(2)
                && !network.layer(2).isConnected(0, 2);
    }
}
