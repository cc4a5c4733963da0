package org.deltanet.spark.distributed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.data.Dataset;

/**
 * One partition's examples: of the training examples 0..n-1, those whose index modulo the number
 * of shards is this shard's index, so that every mini-batch, shuffled or not, is spread over all
 * shards. It lives in its worker's {@link WorkerTask} for the whole run, with the {@link Worker} it
 * builds on first use (transient: a task that Spark starts again builds it again).
 */
final class Shard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final int shards;
    private final double[] features;
    private final double[] targets;
    private final int featureCount;
    private final int targetCount;
    private transient ArrayDataset data;
    private transient Worker worker;

    private Shard(int index, int shards, double[] features, double[] targets, int featureCount, int targetCount) {
        this.index = index;
        this.shards = shards;
        this.features = features;
        this.targets = targets;
        this.featureCount = featureCount;
        this.targetCount = targetCount;
    }

    /** The training examples in {@code shards} shards. */
    static List<Shard> split(Dataset training, int shards) {
        List<Shard> split = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            int count = (training.size() - s + shards - 1) / shards;
            int[] members = new int[count];
            for (int i = 0; i < count; i++) {
                members[i] = s + i * shards;
            }
            double[] x = new double[count * training.featureCount()];
            double[] y = new double[count * training.targetCount()];
            training.gather(members, 0, count, x, y);
            split.add(new Shard(s, shards, x, y, training.featureCount(), training.targetCount()));
        }
        return split;
    }

    /** This shard's 0-based index among all shards. */
    int index() {
        return index;
    }

    /** This shard's part of one round, worked by its worker. */
    RoundSum work(WorkerSpec spec, RoundInput round) {
        if (worker == null) {
            worker = new Worker(spec);
        }
        return worker.work(this, round);
    }

    /**
     * Of the examples {@code order[from] .. order[to - 1]}, this shard's, as indices into
     * {@link #data()}, written to {@code into}, and their places in that batch ({@code j - from}),
     * written to {@code positions}.
     *
     * @return how many
     */
    int select(int[] order, int from, int to, int[] into, int[] positions) {
        int count = 0;
        for (int j = from; j < to; j++) {
            if (order[j] % shards == index) {
                positions[count] = j - from;
                into[count++] = order[j] / shards;
            }
        }
        return count;
    }

    Dataset data() {
        if (data == null) {
            data = new ArrayDataset(features, targets, featureCount, targetCount);
        }
        return data;
    }
}
