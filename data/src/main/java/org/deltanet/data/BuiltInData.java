package org.deltanet.data;

import java.util.List;
import org.deltanet.engine.data.ArrayDataset;

/** Small datasets that ship with deltanet, named in experiment files by {@link #label()}. */
public enum BuiltInData {
    /** The XOR truth table: inputs (0,0), (0,1), (1,0), (1,1) with targets 0, 1, 1, 0. */
    XOR("xor", "the XOR truth table: 4 examples, 2 inputs, 1 target") {
        @Override
        public LabeledData load() {
            double[] features = {0, 0, 0, 1, 1, 0, 1, 1};
            double[] targets = {0, 1, 1, 0};
            return new LabeledData(new ArrayDataset(features, targets, 2, 1), List.of());
        }
    };

    private final String label;
    private final String description;

    BuiltInData(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A fresh copy of the examples. */
    public abstract LabeledData load();

    /** The name used in experiment files, e.g. {@code xor}. */
    public String label() {
        return label;
    }

    /** One line for listings. */
    public String description() {
        return description;
    }

    /**
     * The dataset named {@code label} in a file.
     *
     * @throws IllegalArgumentException naming the built-in datasets and the closest one
     */
    public static BuiltInData fromLabel(String label) {
        return Choices.pick("built-in dataset", label, values(), BuiltInData::label);
    }
}
