package org.deltanet.data.xor;

import java.util.List;
import org.deltanet.data.DataSource;
import org.deltanet.data.LabeledData;
import org.deltanet.engine.data.ArrayDataset;

/**
 * The section {@code { type: xor }}: the XOR truth table, inputs (0,0), (0,1), (1,0), (1,1) with
 * targets 0, 1, 1, 0; a fresh copy on every read.
 */
public record XorData() implements DataSource {

    @Override
    public LabeledData read() {
        double[] features = {0, 0, 0, 1, 1, 0, 1, 1};
        double[] targets = {0, 1, 1, 0};
        return new LabeledData(new ArrayDataset(features, targets, 2, 1), List.of());
    }

    @Override
    public LabeledData read(List<String> classes) {
        return read();
    }
}
