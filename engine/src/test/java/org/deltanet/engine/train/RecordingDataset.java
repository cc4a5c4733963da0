package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.List;
import org.deltanet.engine.data.Dataset;

/** A dataset that remembers which examples were gathered, in order, across all epochs. */
final class RecordingDataset implements Dataset {

    private final Dataset data;
    private final List<Integer> visited = new ArrayList<>();

    RecordingDataset(Dataset data) {
        this.data = data;
    }

    /** The indices of every example gathered so far, in the order gathered. */
    List<Integer> visited() {
        return visited;
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public int featureCount() {
        return data.featureCount();
    }

    @Override
    public int targetCount() {
        return data.targetCount();
    }

    @Override
    public void gather(int[] order, int from, int count, double[] features, double[] targets) {
        for (int i = 0; i < count; i++) {
            visited.add(order[from + i]);
        }
        data.gather(order, from, count, features, targets);
    }
}
