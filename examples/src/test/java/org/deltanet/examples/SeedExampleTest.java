package org.deltanet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.junit.jupiter.api.Test;

/**
 * The seed's worked example, with the expected numbers derived here from the article's formulas
 * written out neuron by neuron, independently of the engine.
 */
class SeedExampleTest {

    private static final double EXACT = 1e-12;

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The article's quantities, scalar by scalar. */
    private static final class HandDerivation {
        final double x1 = 1.0;
        final double x2 = 0.0;
        final double y = 1.0;
        final double eta = 0.5;
        // layer 1: h = sigmoid(b + w x); h3 has no bias
        double bh1 = 0.5, wh1x1 = 0.3, wh1x2 = 0.0;
        double bh2 = -0.2, wh2x1 = 0.7, wh2x2 = 0.0;
        double wh3x1 = -0.1, wh3x2 = 0.0;
        // layer 2: g1 has no connection from h3; no biases
        double wg1h1 = -0.5, wg1h2 = 0.4;
        double wg2h1 = 0.3, wg2h2 = 0.6, wg2h3 = 0.4;
        // output, no bias
        double wog1 = 0.5, wog2 = 0.7;

        double h1, h2, h3, g1, g2, o;
        double deltaO, deltaG1, deltaG2, deltaH1, deltaH2, deltaH3;

        void forward() {
            h1 = sigmoid(bh1 + wh1x1 * x1 + wh1x2 * x2);
            h2 = sigmoid(bh2 + wh2x1 * x1 + wh2x2 * x2);
            h3 = sigmoid(wh3x1 * x1 + wh3x2 * x2);
            g1 = sigmoid(wg1h1 * h1 + wg1h2 * h2);
            g2 = sigmoid(wg2h1 * h1 + wg2h2 * h2 + wg2h3 * h3);
            o = sigmoid(wog1 * g1 + wog2 * g2);
        }

        void deltas() {
            deltaO = o - y; // sigmoid output + log loss
            deltaG1 = g1 * (1 - g1) * wog1 * deltaO;
            deltaG2 = g2 * (1 - g2) * wog2 * deltaO;
            deltaH1 = h1 * (1 - h1) * (wg1h1 * deltaG1 + wg2h1 * deltaG2);
            deltaH2 = h2 * (1 - h2) * (wg1h2 * deltaG1 + wg2h2 * deltaG2);
            deltaH3 = h3 * (1 - h3) * (wg2h3 * deltaG2);
        }

        /** w <- w - eta * delta * input, every weight from the values before the step. */
        void step() {
            wog1 -= eta * deltaO * g1;
            wog2 -= eta * deltaO * g2;
            wg1h1 -= eta * deltaG1 * h1;
            wg1h2 -= eta * deltaG1 * h2;
            wg2h1 -= eta * deltaG2 * h1;
            wg2h2 -= eta * deltaG2 * h2;
            wg2h3 -= eta * deltaG2 * h3;
            bh1 -= eta * deltaH1;
            wh1x1 -= eta * deltaH1 * x1;
            wh1x2 -= eta * deltaH1 * x2;
            bh2 -= eta * deltaH2;
            wh2x1 -= eta * deltaH2 * x1;
            wh2x2 -= eta * deltaH2 * x2;
            wh3x1 -= eta * deltaH3 * x1;
            wh3x2 -= eta * deltaH3 * x2;
        }
    }

    @Test
    void oneStepGoesFrom06718To06981AsTheHandDerivationSays() {
        HandDerivation hand = new HandDerivation();
        hand.forward();
        assertEquals(0.6718, round4(hand.o));
        hand.deltas();
        hand.step();
        hand.forward();
        assertEquals(0.6981, round4(hand.o));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Network network = new SeedExample(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        Layer l1 = network.layer(1);
        Layer l2 = network.layer(2);
        Layer l3 = network.layer(3);
        assertArray(new double[] {hand.wh1x1, hand.wh1x2, hand.wh2x1, hand.wh2x2, hand.wh3x1, hand.wh3x2}, l1.weights());
        assertArray(new double[] {hand.bh1, hand.bh2, 0.0}, l1.bias());
        assertArray(new double[] {hand.wg1h1, hand.wg1h2, 0.0, hand.wg2h1, hand.wg2h2, hand.wg2h3}, l2.weights());
        assertArray(new double[] {hand.wog1, hand.wog2}, l3.weights());

        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("o = 0.6718"), text);
        assertTrue(text.contains("o = 0.6981"), text);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "layer 3: [%.4f]", hand.deltaO - 0.0)), text);
    }

    @Test
    void absentConnectionsStayExactlyZero() {
        Network network = new SeedExample(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(0.0, network.layer(1).bias()[2]);
        assertEquals(0.0, network.layer(2).weights()[2]);
    }

    private static void assertArray(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], EXACT, "element " + i);
        }
    }

    private static double round4(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
