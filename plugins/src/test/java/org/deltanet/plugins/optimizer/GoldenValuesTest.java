package org.deltanet.plugins.optimizer;

import static org.deltanet.plugins.optimizer.Steps.step;
import static org.deltanet.plugins.optimizer.Steps.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.junit.jupiter.api.Test;

/**
 * Each optimizer against numbers worked out by hand from its published update rule. The
 * derivations are in the comments; the tolerance only absorbs rounding.
 */
class GoldenValuesTest {

    private static final double ROUNDING = 1e-12;

    @Test
    void sgdStepsAgainstTheGradient() {
        // w <- w - alpha g with alpha = 0.1, g = [0.5, -0.25]:
        // step 1: [1 - 0.05, -2 + 0.025] = [0.95, -1.975]; step 2: [0.90, -1.95].
        Optimizer sgd = with(new Sgd(), Map.of("learning-rate", 0.1));
        OptimizerState state = new OptimizerState();
        double[] w = {1.0, -2.0};
        step(sgd, state, w, 0.5, -0.25);
        assertArrayEquals(new double[] {0.95, -1.975}, w, ROUNDING);
        step(sgd, state, w, 0.5, -0.25);
        assertArrayEquals(new double[] {0.90, -1.95}, w, ROUNDING);
    }

    @Test
    void momentumAccumulatesAClassicVelocity() {
        // v <- mu v - alpha g, w <- w + v with alpha = 0.1, mu = 0.9, w = 1, g = 1 twice:
        // step 1: v = 0.9 * 0 - 0.1 = -0.1, w = 0.9
        // step 2: v = 0.9 * -0.1 - 0.1 = -0.19, w = 0.71
        Optimizer momentum = with(new Momentum(), Map.of("learning-rate", 0.1, "momentum", 0.9));
        OptimizerState state = new OptimizerState();
        double[] w = {1.0};
        step(momentum, state, w, 1.0);
        assertEquals(0.9, w[0], ROUNDING);
        step(momentum, state, w, 1.0);
        assertEquals(0.71, w[0], ROUNDING);
    }

    @Test
    void momentumAppliesAChangedLearningRateToTheNewGradientOnly() {
        // Step 1 with alpha = 0.1 as above: v = -0.1, w = 0.9.
        // Step 2 with alpha = 0.2 (a new optimizer, the same state), g = 1:
        //   classic:  v = 0.9 * -0.1 - 0.2 * 1 = -0.29, w = 0.9 - 0.29 = 0.61
        //   PyTorch:  buf = 0.9 * 1 + 1 = 1.9 (buf was g = 1), w = 0.9 - 0.2 * 1.9 = 0.52
        OptimizerState state = new OptimizerState();
        double[] w = {1.0};
        step(with(new Momentum(), Map.of("learning-rate", 0.1)), state, w, 1.0);
        step(with(new Momentum(), Map.of("learning-rate", 0.2)), state, w, 1.0);
        assertEquals(0.61, w[0], ROUNDING);
    }

    @Test
    void momentumKeepsOneVelocityPerParameter() {
        // alpha = 0.1, mu = 0.9. Parameter a: g = 1, 1 gives 0.9, 0.71 (as above).
        // Parameter b: g = 0 then 1 gives v = 0, w = 1, then v = -0.1, w = 0.9; a shared velocity
        // would have given v = 0.9 * -0.1 - 0.1 = -0.19 in step 2.
        Optimizer momentum = with(new Momentum(), Map.of("learning-rate", 0.1));
        OptimizerState state = new OptimizerState();
        double[] a = {1.0};
        double[] b = {1.0};
        state.advance();
        momentum.update("a", a, new double[] {1.0}, 1, state);
        momentum.update("b", b, new double[] {0.0}, 1, state);
        state.advance();
        momentum.update("a", a, new double[] {1.0}, 1, state);
        momentum.update("b", b, new double[] {1.0}, 1, state);
        assertEquals(0.71, a[0], ROUNDING);
        assertEquals(0.9, b[0], ROUNDING);
    }

    @Test
    void nesterovStepsFromTheLookAhead() {
        // v' <- mu v - alpha g, w <- w + mu v' - alpha g with alpha = 0.1, mu = 0.9, w = 1, g = 1 twice:
        // step 1: v = -0.1, w = 1 + 0.9 * -0.1 - 0.1 = 0.81
        // step 2: v = 0.9 * -0.1 - 0.1 = -0.19, w = 0.81 + 0.9 * -0.19 - 0.1 = 0.81 - 0.171 - 0.1 = 0.539
        Optimizer nesterov = with(new Nesterov(), Map.of("learning-rate", 0.1, "momentum", 0.9));
        OptimizerState state = new OptimizerState();
        double[] w = {1.0};
        step(nesterov, state, w, 1.0);
        assertEquals(0.81, w[0], ROUNDING);
        step(nesterov, state, w, 1.0);
        assertEquals(0.539, w[0], ROUNDING);
    }

    @Test
    void nesterovAppliesAChangedLearningRateToTheNewGradientOnly() {
        // Step 1 with alpha = 0.1 as above: v = -0.1, w = 0.81.
        // Step 2 with alpha = 0.2, g = 1:
        //   classic velocity: v = 0.9 * -0.1 - 0.2 = -0.29, w = 0.81 + 0.9 * -0.29 - 0.2 = 0.81 - 0.261 - 0.2 = 0.349
        //   PyTorch (nesterov=True): buf = 0.9 * 1 + 1 = 1.9, w = 0.81 - 0.2 * (1 + 0.9 * 1.9) = 0.81 - 0.542 = 0.268
        OptimizerState state = new OptimizerState();
        double[] w = {1.0};
        step(with(new Nesterov(), Map.of("learning-rate", 0.1)), state, w, 1.0);
        step(with(new Nesterov(), Map.of("learning-rate", 0.2)), state, w, 1.0);
        assertEquals(0.349, w[0], ROUNDING);
    }

    @Test
    void adamCorrectsTheBiasOfItsMomentEstimates() {
        // Defaults alpha = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8; w = 1.
        // Step 1 (t = 1), g = 0.5:
        //   m = 0.1 * 0.5 = 0.05, v = 0.001 * 0.25 = 0.00025
        //   m_hat = 0.05 / (1 - 0.9) = 0.5, v_hat = 0.00025 / (1 - 0.999) = 0.25, sqrt = 0.5
        //   w = 1 - 0.001 * 0.5 / (0.5 + 1e-8) = 1 - 0.00099999998000000040 = 0.99900000001999999960
        // Step 2 (t = 2), g = -1:
        //   m = 0.9 * 0.05 + 0.1 * -1 = -0.055, v = 0.999 * 0.00025 + 0.001 * 1 = 0.00124975
        //   m_hat = -0.055 / (1 - 0.81) = -0.055 / 0.19 = -0.28947368421052632
        //   v_hat = 0.00124975 / (1 - 0.998001) = 0.00124975 / 0.001999 = 0.62518759379689845, sqrt =
        // 0.79068805087524780
        //   w = 0.99900000002 - 0.001 * -0.28947368421052632 / (0.79068805087524780 + 1e-8)
        //     = 0.99900000002 + 0.00036610352240565643 = 0.99936610354240565603
        OptimizerState state = new OptimizerState();
        double[] w = {1.0};
        step(new Adam(), state, w, 0.5);
        assertEquals(0.99900000001999999960, w[0], ROUNDING);
        step(new Adam(), state, w, -1.0);
        assertEquals(0.99936610354240565603, w[0], ROUNDING);
    }

    @Test
    void adamRefusesToUpdateBeforeTheFirstStepHasBegun() {
        // With t = 0 the bias corrections 1 - beta^0 would be 0.
        assertThrows(IllegalStateException.class, () -> new Adam()
                .update("w", new double[] {1.0}, new double[] {1.0}, 1, new OptimizerState()));
    }

    @Test
    void adamwDecaysTheWeightsApartFromAdamsStep() {
        // alpha = 0.001, lambda = 0.1 (the rest adam's defaults), w = 1; adam's moments as above.
        // Step 1, g = 0.5: w = 1 * (1 - 0.001 * 0.1) = 0.9999, then adam's step -0.00099999998000000040:
        //   w = 0.99890000001999999960
        // Step 2, g = -1: w = 0.99890000001999999960 * 0.9999 = 0.99880011001999799960, then adam's
        //   step +0.00036610352240565643: w = 0.99916621354240365603
        Optimizer adamw = with(new AdamW(), Map.of("weight-decay", 0.1));
        OptimizerState state = new OptimizerState();
        double[] w = {1.0};
        step(adamw, state, w, 0.5);
        assertEquals(0.99890000001999999960, w[0], ROUNDING);
        step(adamw, state, w, -1.0);
        assertEquals(0.99916621354240365603, w[0], ROUNDING);
    }

    @Test
    void adamwDecaysWeightsEvenWithAZeroGradientButNotWithoutDecay() {
        // A zero gradient leaves adam's step at 0, so only the decay moves w: 2 * (1 - 0.01 * 0.5)^3.
        OptimizerState state = new OptimizerState();
        double[] w = {2.0};
        Optimizer adamw = with(new AdamW(), Map.of("learning-rate", 0.01, "weight-decay", 0.5));
        for (int i = 0; i < 3; i++) {
            step(adamw, state, w, 0.0);
        }
        assertEquals(2.0 * Math.pow(0.995, 3), w[0], ROUNDING);
        double[] kept = {2.0};
        step(with(new AdamW(), Map.of("weight-decay", 0.0)), new OptimizerState(), kept, 0.0);
        assertEquals(2.0, kept[0]);
    }

    @Test
    void adamwWithoutDecayIsAdamBitForBit() {
        OptimizerState adamState = new OptimizerState();
        OptimizerState adamwState = new OptimizerState();
        double[] a = {0.3, -1.2};
        double[] b = a.clone();
        Optimizer adamw = with(new AdamW(), Map.of("weight-decay", 0.0));
        for (double g : new double[] {0.5, -1.0, 0.25}) {
            step(new Adam(), adamState, a, g, -g);
            step(adamw, adamwState, b, g, -g);
        }
        assertArrayEquals(a, b, 0.0);
    }
}
