package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code deltanet explain} as a user runs it. The seed's numbers are derived here from the
 * article's formulas written out neuron by neuron, independently of the engine, and every one of
 * them is looked up in the command's output.
 */
class ExplainCommandTest {

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
        double zh1, zh2, zh3, zg1, zg2, zo, h1, h2, h3, g1, g2, o;
        double deltaO, sumG1, sumG2, deltaG1, deltaG2, sumH1, sumH2, sumH3, deltaH1, deltaH2, deltaH3;
        /** name -> {old, input a, delta, gradient, new}. */
        final Map<String, double[]> parameters = new HashMap<>();

        void forward() {
            zh1 = bh1 + wh1x1 * x1 + wh1x2 * x2;
            zh2 = bh2 + wh2x1 * x1 + wh2x2 * x2;
            zh3 = wh3x1 * x1 + wh3x2 * x2;
            h1 = sigmoid(zh1);
            h2 = sigmoid(zh2);
            h3 = sigmoid(zh3);
            zg1 = wg1h1 * h1 + wg1h2 * h2;
            zg2 = wg2h1 * h1 + wg2h2 * h2 + wg2h3 * h3;
            g1 = sigmoid(zg1);
            g2 = sigmoid(zg2);
            zo = wog1 * g1 + wog2 * g2;
            o = sigmoid(zo);
        }

        double loss() {
            return -(y * Math.log(o) + (1 - y) * Math.log(1 - o));
        }

        void deltas() {
            deltaO = o - y; // sigmoid output + log loss
            sumG1 = wog1 * deltaO;
            sumG2 = wog2 * deltaO;
            deltaG1 = g1 * (1 - g1) * sumG1;
            deltaG2 = g2 * (1 - g2) * sumG2;
            sumH1 = wg1h1 * deltaG1 + wg2h1 * deltaG2;
            sumH2 = wg1h2 * deltaG1 + wg2h2 * deltaG2;
            sumH3 = wg2h3 * deltaG2;
            deltaH1 = h1 * (1 - h1) * sumH1;
            deltaH2 = h2 * (1 - h2) * sumH2;
            deltaH3 = h3 * (1 - h3) * sumH3;
        }

        /** w <- w - eta * delta * input, every weight from the values before the step. */
        void step() {
            wog1 = update("w_og1", wog1, g1, deltaO);
            wog2 = update("w_og2", wog2, g2, deltaO);
            wg1h1 = update("w_g1h1", wg1h1, h1, deltaG1);
            wg1h2 = update("w_g1h2", wg1h2, h2, deltaG1);
            wg2h1 = update("w_g2h1", wg2h1, h1, deltaG2);
            wg2h2 = update("w_g2h2", wg2h2, h2, deltaG2);
            wg2h3 = update("w_g2h3", wg2h3, h3, deltaG2);
            bh1 = update("b_h1", bh1, 1.0, deltaH1);
            wh1x1 = update("w_h1x1", wh1x1, x1, deltaH1);
            wh1x2 = update("w_h1x2", wh1x2, x2, deltaH1);
            bh2 = update("b_h2", bh2, 1.0, deltaH2);
            wh2x1 = update("w_h2x1", wh2x1, x1, deltaH2);
            wh2x2 = update("w_h2x2", wh2x2, x2, deltaH2);
            wh3x1 = update("w_h3x1", wh3x1, x1, deltaH3);
            wh3x2 = update("w_h3x2", wh3x2, x2, deltaH3);
        }

        private double update(String name, double old, double input, double delta) {
            double gradient = delta * input;
            double updated = old - eta * gradient;
            parameters.put(name, new double[] {old, input, delta, gradient, updated});
            return updated;
        }
    }

    @Test
    void explainPrintsEverySeedValueOfTheHandDerivation() {
        HandDerivation hand = new HandDerivation();
        hand.forward();
        double lossBefore = hand.loss();
        double outputBefore = hand.o;
        Map<String, double[]> forward = Map.of(
                "h1",
                new double[] {hand.zh1, hand.h1},
                "h2",
                new double[] {hand.zh2, hand.h2},
                "h3",
                new double[] {hand.zh3, hand.h3},
                "g1",
                new double[] {hand.zg1, hand.g1},
                "g2",
                new double[] {hand.zg2, hand.g2},
                "o",
                new double[] {hand.zo, hand.o});
        hand.deltas();
        hand.step();
        hand.forward();
        assertEquals("0.6718", f4(outputBefore));
        assertEquals("0.6981", f4(hand.o));

        String out = CapturedRun.successful("explain", Repository.EXAMPLES.resolve("seed.yaml"))
                .out();
        Map<String, List<String>> rows = rows(out);

        assertEquals(List.of("x1", "input", "1.0000"), rows.get("x1"));
        assertEquals(List.of("x2", "input", "0.0000"), rows.get("x2"));
        assertEquals(List.of("y", "target", "1.0000"), rows.get("y"));
        forward.forEach((neuron, za) -> {
            List<String> row = rows.get(neuron);
            assertEquals(f4(za[0]), row.get(row.size() - 2), neuron + ": z in " + row);
            assertEquals(f4(za[1]), row.get(row.size() - 1), neuron + ": a in " + row);
        });
        assertTrue(
                out.contains("by the shortcut binary-cross-entropy declares for a sigmoid output: delta = o - y"), out);
        assertEquals(List.of("o", f4(outputBefore), "1.0000", f4(hand.deltaO)), rows.get("o#2"), out);
        Map<String, double[]> deltas = Map.of(
                "g1",
                new double[] {hand.sumG1, hand.deltaG1},
                "g2",
                new double[] {hand.sumG2, hand.deltaG2},
                "h1",
                new double[] {hand.sumH1, hand.deltaH1},
                "h2",
                new double[] {hand.sumH2, hand.deltaH2},
                "h3",
                new double[] {hand.sumH3, hand.deltaH3});
        deltas.forEach((neuron, sumDelta) -> {
            List<String> row = rows.get(neuron + "#2");
            assertEquals(f4(sumDelta[0]), row.get(row.size() - 2), neuron + ": sum in " + row);
            assertEquals(f4(sumDelta[1]), row.get(row.size() - 1), neuron + ": delta in " + row);
        });
        hand.parameters.forEach((name, values) -> assertEquals(
                Arrays.stream(values).mapToObj(ExplainCommandTest::f4).toList(),
                rows.get(name).subList(1, 6),
                name + " in " + out));
        assertEquals(List.of("w_g1h3", "absent"), rows.get("w_g1h3"));
        assertEquals(List.of("b_h3", "absent"), rows.get("b_h3"));
        assertTrue(out.contains("loss J on this batch: " + f4(lossBefore) + " -> " + f4(hand.loss())), out);
        assertTrue(out.contains("output o: 0.6718 -> 0.6981"), out);
        assertTrue(out.contains("The article reports 0.7043"), out);
    }

    @Test
    void digitsAreTheUsersToSet() {
        HandDerivation hand = new HandDerivation();
        hand.forward();
        String out = CapturedRun.successful("explain", Repository.EXAMPLES.resolve("seed.yaml"), "--digits", "12")
                .out();
        assertTrue(out.contains(String.format(Locale.ROOT, "%.12f", hand.o)), out);
    }

    @Test
    void markdownGivesTablesToPaste() {
        String out = CapturedRun.successful("explain", Repository.EXAMPLES.resolve("seed.yaml"), "--format", "markdown")
                .out();
        assertTrue(out.contains("| parameter | old | a | delta | dJ/dw | new |"), out);
        assertTrue(out.contains("| w_g1h3 | absent |  |  |  |  |"), out);
        assertTrue(out.contains("### Forward pass"), out);
    }

    @Test
    void aLossWithoutShortcutIsExplainedThroughTheActivation() {
        String out = CapturedRun.successful(
                        "explain",
                        Repository.EXAMPLES.resolve("seed.yaml"),
                        "--set",
                        "loss=squared-error",
                        "--steps",
                        "2")
                .out();
        assertTrue(
                out.contains(
                        "by the loss gradient through the activation: delta = f'(z) * dL/do (squared-error through sigmoid)"),
                out);
        assertTrue(out.contains("Step 2: epoch 2, batch 1 of 1"), out);
        assertFalse(out.contains("0.7043"), "the note belongs to the seed's own loss only when the weights match");
    }

    @Test
    void aLargeNetworkIsRefusedNamingLayerAndNeurons() {
        CapturedRun refused = CapturedRun.of(
                "explain", Repository.EXAMPLES.resolve("xor.yaml"), "--set", "model.layers[0].units=200");
        assertEquals(ExitCode.USAGE.code(), refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("too large to explain readably"), refused.err());
        assertTrue(refused.err().contains("--layer") && refused.err().contains("--neurons"), refused.err());

        String narrowed = CapturedRun.successful(
                        "explain",
                        Repository.EXAMPLES.resolve("xor.yaml"),
                        "--set",
                        "model.layers[0].units=200",
                        "--layer",
                        "1",
                        "--neurons",
                        "1-3")
                .out();
        assertTrue(narrowed.contains("w_h3x2"), narrowed);
        assertFalse(narrowed.contains("w_h4x1"), narrowed);
        assertFalse(narrowed.contains("w_oh1"), narrowed);
    }

    /**
     * Table rows by their first cell; the second row with the same first cell (the output delta
     * and delta rule tables repeat neuron names) is keyed {@code name#2}.
     */
    private static Map<String, List<String>> rows(String out) {
        Map<String, List<String>> rows = new HashMap<>();
        for (String line : out.split("\n")) {
            if (!line.startsWith("    ")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            String key = cells.get(0);
            while (rows.containsKey(key)) {
                key = key.contains("#")
                        ? key.replaceAll("#(\\d+)$", "") + "#" + (Integer.parseInt(key.replaceAll(".*#", "")) + 1)
                        : key + "#2";
            }
            rows.put(key, cells);
        }
        return rows;
    }

    private static String f4(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.equals("-0.0000") ? "0.0000" : text;
    }
}
