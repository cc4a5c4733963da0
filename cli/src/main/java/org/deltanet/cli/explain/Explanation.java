package org.deltanet.cli.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * Writes recorded steps in the seed article's notation: forward pass (z and a of every neuron),
 * output delta and the rule that gave it, the delta rule layer by layer, every parameter's
 * gradient and new value, and the loss before and after.
 */
public final class Explanation {

    private static final String ABSENT = "absent";

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final boolean shortcut;
    private final View view;
    private final NeuronNames names;
    private final String number;

    /**
     * @param network  the explained network (for its shape and plugins)
     * @param shortcut whether the loss declared a shortcut for the output activation
     * @param digits   digits after the decimal point
     */
    public Explanation(Network network, Loss loss, Optimizer optimizer, boolean shortcut, View view, int digits) {
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.shortcut = shortcut;
        this.view = view;
        this.names = new NeuronNames(network);
        this.number = "%." + digits + "f";
    }

    /** The document for these steps. */
    public Document of(List<StepRecord> steps) {
        Document document = new Document();
        for (StepRecord step : steps) {
            document.heading(
                    1,
                    String.format(
                            Locale.ROOT,
                            "Step %d: epoch %d, batch %d of %d, %s",
                            step.step(),
                            step.epoch(),
                            step.batch(),
                            step.batches(),
                            examples(step)));
            forward(document, step);
            outputDelta(document, step);
            deltaRule(document, step);
            parameters(document, step);
            result(document, step);
        }
        return document;
    }

    private String examples(StepRecord step) {
        StringBuilder text = new StringBuilder(step.rows() == 1 ? "1 example (row " : step.rows() + " examples (rows ");
        for (int r = 0; r < step.rows(); r++) {
            text.append(r == 0 ? "" : ", ").append(step.examples()[r] + 1);
        }
        return text.append(" of the training data)").toString();
    }

    private void forward(Document document, StepRecord step) {
        document.heading(2, "Forward pass: z = W a + b, a = f(z)");
        List<String> header = new ArrayList<>(List.of("neuron", "layer", "f"));
        perExample(step, header, "z", "a");
        List<List<String>> rows = new ArrayList<>();
        if (view.showsInputs()) {
            for (int i = 0; i < network.inputSize(); i++) {
                List<String> row = new ArrayList<>(List.of(names.neuron(0, i), "input", ""));
                for (int r = 0; r < step.rows(); r++) {
                    row.add("");
                    row.add(format(step.input()[r * network.inputSize() + i]));
                }
                rows.add(row);
            }
        }
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int u : view.units(l)) {
                List<String> row = new ArrayList<>(List.of(
                        names.neuron(l, u), layerName(l), layer.activation().name()));
                for (int r = 0; r < step.rows(); r++) {
                    row.add(format(step.netInput()[l - 1][r * layer.units() + u]));
                    row.add(format(step.activation()[l - 1][r * layer.units() + u]));
                }
                rows.add(row);
            }
        }
        if (view.showsInputs()) {
            for (int o = 0; o < network.outputSize(); o++) {
                List<String> row = new ArrayList<>(List.of(names.target(o), "target", ""));
                for (int r = 0; r < step.rows(); r++) {
                    row.add("");
                    row.add(format(step.target()[r * network.outputSize() + o]));
                }
                rows.add(row);
            }
        }
        document.table(header, rows);
        document.line("loss J = " + format(step.lossBefore()) + " (" + loss.name()
                + (step.rows() == 1 ? ")" : ", the mean over the batch)"));
    }

    private void outputDelta(Document document, StepRecord step) {
        int last = network.depth();
        if (!view.shows(last)) {
            return;
        }
        String activation = network.layer(last).activation().name();
        document.heading(2, "Output delta");
        List<String> header = new ArrayList<>(List.of("neuron"));
        if (shortcut) {
            document.line(
                    "by the shortcut " + loss.name() + " declares for a " + activation + " output: delta = o - y");
            perExample(step, header, "o", "y", "delta");
        } else {
            document.line("by the loss gradient through the activation: delta = f'(z) * dL/do (" + loss.name()
                    + " through " + activation + ")");
            perExample(step, header, "z", "o", "y", "dL/do", "delta");
        }
        int outputs = network.outputSize();
        List<List<String>> rows = new ArrayList<>();
        for (int u : view.units(last)) {
            List<String> row = new ArrayList<>(List.of(names.neuron(last, u)));
            for (int r = 0; r < step.rows(); r++) {
                int at = r * outputs + u;
                if (!shortcut) {
                    row.add(format(step.netInput()[last - 1][at]));
                }
                row.add(format(step.activation()[last - 1][at]));
                row.add(format(step.target()[at]));
                if (!shortcut) {
                    row.add(format(step.lossGradient()[at]));
                }
                row.add(format(step.delta()[last - 1][at]));
            }
            rows.add(row);
        }
        document.table(header, rows);
    }

    private void deltaRule(Document document, StepRecord step) {
        if (network.depth() == 1) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int l = network.depth() - 1; l >= 1; l--) {
            Layer layer = network.layer(l);
            Layer above = network.layer(l + 1);
            for (int u : view.units(l)) {
                List<String> row = new ArrayList<>(List.of(
                        names.neuron(l, u), layerName(l), layer.activation().name()));
                for (int r = 0; r < step.rows(); r++) {
                    double sum = 0.0;
                    for (int k = 0; k < above.units(); k++) {
                        sum += step.weightsBefore()[l][k * above.inputs() + u] * step.delta()[l][r * above.units() + k];
                    }
                    row.add(format(sum));
                    row.add(format(step.delta()[l - 1][r * layer.units() + u]));
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        document.heading(2, "Delta rule: delta_j = f'(z_j) * sum_k w_kj delta_k");
        List<String> header = new ArrayList<>(List.of("neuron", "layer", "f"));
        perExample(step, header, step.rows() == 1 ? "sum_k w_kj delta_k" : "sum", "delta");
        document.table(header, rows);
    }

    private void parameters(Document document, StepRecord step) {
        document.heading(
                2,
                "Gradients and step: dJ/dw = " + (step.rows() == 1 ? "" : "mean over the batch of ") + "delta * a, "
                        + rule());
        List<String> header = new ArrayList<>(List.of("parameter", "old"));
        if (step.rows() == 1) {
            header.addAll(List.of("a", "delta"));
        }
        header.addAll(List.of("dJ/dw", "new"));
        List<List<String>> rows = new ArrayList<>();
        for (int l = network.depth(); l >= 1; l--) {
            Layer layer = network.layer(l);
            for (int u : view.units(l)) {
                if (layer.hasBias()) {
                    rows.add(
                            layer.hasBias(u)
                                    ? parameter(
                                            step,
                                            names.bias(l, u),
                                            step.biasBefore()[l - 1][u],
                                            1.0,
                                            l,
                                            u,
                                            step.biasGradient()[l - 1][u],
                                            step.biasAfter()[l - 1][u])
                                    : absent(step, names.bias(l, u)));
                }
                for (int i = 0; i < layer.inputs(); i++) {
                    int at = u * layer.inputs() + i;
                    rows.add(
                            layer.isConnected(u, i)
                                    ? parameter(
                                            step,
                                            names.weight(l, u, i),
                                            step.weightsBefore()[l - 1][at],
                                            input(step, l, i),
                                            l,
                                            u,
                                            step.weightGradient()[l - 1][at],
                                            step.weightsAfter()[l - 1][at])
                                    : absent(step, names.weight(l, u, i)));
                }
            }
        }
        document.table(header, rows);
    }

    private String rule() {
        if ("sgd".equals(optimizer.name())) {
            return "new = old - " + trimmed(optimizer.learningRate()) + " * dJ/dw";
        }
        return "new = the " + optimizer.name() + " optimizer's step (learning rate " + trimmed(optimizer.learningRate())
                + ")";
    }

    private double input(StepRecord step, int l, int i) {
        return l == 1 ? step.input()[i] : step.activation()[l - 2][i];
    }

    private List<String> parameter(
            StepRecord step, String name, double old, double a, int l, int u, double gradient, double updated) {
        List<String> row = new ArrayList<>(List.of(name, format(old)));
        if (step.rows() == 1) {
            row.add(format(a));
            row.add(format(step.delta()[l - 1][u]));
        }
        row.add(format(gradient));
        row.add(format(updated));
        return row;
    }

    private static List<String> absent(StepRecord step, String name) {
        List<String> row = new ArrayList<>(List.of(name, ABSENT));
        int blanks = step.rows() == 1 ? 4 : 2;
        for (int b = 0; b < blanks; b++) {
            row.add("");
        }
        return row;
    }

    private void result(Document document, StepRecord step) {
        document.heading(2, "After the step");
        document.line("loss J on this batch: " + format(step.lossBefore()) + " -> " + format(step.lossAfter()));
        int outputs = network.outputSize();
        for (int o = 0; o < outputs; o++) {
            StringBuilder line = new StringBuilder("output " + names.neuron(network.depth(), o) + ": ");
            for (int r = 0; r < step.rows(); r++) {
                line.append(r == 0 ? "" : ", ")
                        .append(format(step.activation()[network.depth() - 1][r * outputs + o]))
                        .append(" -> ")
                        .append(format(step.outputAfter()[r * outputs + o]));
            }
            document.line(line.toString());
        }
    }

    private static void perExample(StepRecord step, List<String> header, String... columns) {
        for (int r = 0; r < step.rows(); r++) {
            for (String column : columns) {
                header.add(step.rows() == 1 ? column : column + " [" + (step.examples()[r] + 1) + "]");
            }
        }
    }

    private String layerName(int l) {
        return l == network.depth() ? "output" : String.valueOf(l);
    }

    private String format(double value) {
        String text = String.format(Locale.ROOT, number, value);
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }

    private static String trimmed(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
