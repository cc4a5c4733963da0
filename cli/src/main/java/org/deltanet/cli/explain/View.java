package org.deltanet.cli.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.deltanet.engine.network.Network;

/**
 * Which layers and neurons an explanation shows, and whether that is small enough to read.
 *
 * <p>{@code --layer L} narrows the view to layer {@code L} (1-based; its inputs are shown where
 * {@code L} is 1); {@code --neurons 1,3,5-8} to those neurons (1-based) of each shown layer.
 */
public final class View {

    /** Most table rows a step may print: more is not read, only scrolled. */
    public static final int MAX_ROWS = 250;
    /** Most examples per step: each adds columns. */
    public static final int MAX_EXAMPLES = 8;

    private final Network network;
    private final Integer layer;
    private final TreeSet<Integer> neurons;

    private View(Network network, Integer layer, TreeSet<Integer> neurons) {
        this.network = network;
        this.layer = layer;
        this.neurons = neurons;
    }

    /**
     * @param layer   the layer to show (1-based), or null for all
     * @param neurons a list such as {@code 1,3,5-8}, or null for all
     * @throws IllegalArgumentException saying what is wrong with {@code layer} or {@code neurons}
     */
    public static View of(Network network, Integer layer, String neurons) {
        if (layer != null && (layer < 1 || layer > network.depth())) {
            throw new IllegalArgumentException("--layer " + layer + ": the network has layers 1 to " + network.depth());
        }
        return new View(network, layer, neurons == null ? null : parse(neurons));
    }

    private static TreeSet<Integer> parse(String text) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String part : text.split(",")) {
            String[] range = part.trim().split("-", -1);
            try {
                int from = Integer.parseInt(range[0].trim());
                int to = range.length == 2 ? Integer.parseInt(range[1].trim()) : from;
                if (range.length > 2 || from < 1 || to < from || to - from > 100_000) {
                    throw new NumberFormatException();
                }
                for (int n = from; n <= to; n++) {
                    chosen.add(n);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--neurons " + text + ": expected 1-based neuron numbers and "
                        + "ranges, e.g. --neurons 1,3,5-8");
            }
        }
        return chosen;
    }

    /** Whether layer {@code l} (1-based) is shown. */
    public boolean shows(int l) {
        return layer == null || layer == l;
    }

    /** Whether the inputs x are shown in the forward pass. */
    public boolean showsInputs() {
        return shows(1);
    }

    /** The shown neurons (0-based) of layer {@code l}. */
    public List<Integer> units(int l) {
        List<Integer> units = new ArrayList<>();
        if (!shows(l)) {
            return units;
        }
        int size = network.layer(l).units();
        for (int u = 0; u < size; u++) {
            if (neurons == null || neurons.contains(u + 1)) {
                units.add(u);
            }
        }
        return units;
    }

    /** Table rows one step prints. */
    public long rows() {
        long rows = showsInputs() ? network.inputSize() + network.outputSize() : 0;
        for (int l = 1; l <= network.depth(); l++) {
            long units = units(l).size();
            int parameters = network.layer(l).inputs() + (network.layer(l).hasBias() ? 1 : 0);
            rows += units * 2 + units * parameters;
        }
        return rows;
    }

    /**
     * Why this view is too large to read for batches of {@code examples}, or null when it is not.
     */
    public String tooLarge(int examples) {
        if (examples > MAX_EXAMPLES) {
            return "each step trains on " + examples + " examples and explain shows at most " + MAX_EXAMPLES
                    + " side by side; use --set training.mode=stochastic or --set training.batch-size="
                    + MAX_EXAMPLES + " (or fewer)";
        }
        long rows = rows();
        if (rows > MAX_ROWS) {
            return "the network is too large to explain readably (" + shape() + ", " + network.parameterCount()
                    + " parameters): this view prints " + rows + " rows per step and explain prints at most "
                    + MAX_ROWS + "; narrow the view with --layer L (one layer) and --neurons 1-5 (some of its neurons)";
        }
        return null;
    }

    private String shape() {
        StringBuilder shape = new StringBuilder().append(network.inputSize());
        network.layers().forEach(l -> shape.append('-').append(l.units()));
        return shape.toString();
    }
}
