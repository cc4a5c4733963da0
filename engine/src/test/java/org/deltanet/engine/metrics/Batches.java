package org.deltanet.engine.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated outputs and targets for the score tests: {@code rows x columns}, row-major, drawn from
 * a seed, so that a failure shows the three numbers that make the case again. Outputs are whole
 * tenths between -1 and 2 now and then, so that ties and the 0.5 threshold are met, not only
 * avoided.
 *
 * @param rows    examples
 * @param columns target columns
 * @param seed    draws the numbers
 */
record Batches(int rows, int columns, long seed) {

    static Gen<Batches> of(int minColumns, int maxColumns) {
        return Generate.range(1, 90)
                .zip(Generate.range(minColumns, maxColumns), Generate.longRange(0, Long.MAX_VALUE), Batches::new);
    }

    /** One class per row, one-hot, or (every third seed) a soft target with its largest where the class is. */
    double[] classTargets() {
        SplittableRandom random = new SplittableRandom(seed);
        double[] targets = new double[rows * columns];
        boolean soft = seed % 3 == 0;
        for (int r = 0; r < rows; r++) {
            int actual = random.nextInt(columns);
            if (soft) {
                double rest = 0.4 / columns;
                Arrays.fill(targets, r * columns, (r + 1) * columns, rest);
                targets[r * columns + actual] = 1.0 - rest * (columns - 1);
            } else {
                targets[r * columns + actual] = 1.0;
            }
        }
        return targets;
    }

    /** Each value 0 or 1 (or, now and then, a soft value). */
    double[] labelTargets() {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] targets = new double[rows * columns];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = random.nextInt(8) == 0 ? random.nextDouble() : random.nextInt(2);
        }
        return targets;
    }

    /** Real numbers of varied scale and offset. */
    double[] values() {
        SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        double scale = Math.pow(10, random.nextInt(-3, 4));
        double offset = random.nextDouble(-100, 100);
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = offset + scale * random.nextGaussian();
        }
        return values;
    }

    /** The network's outputs: uniform in [-1, 2], or whole tenths there (ties, 0.5 itself). */
    double[] outputs() {
        SplittableRandom random = new SplittableRandom(~seed);
        boolean coarse = random.nextBoolean();
        double[] outputs = new double[rows * columns];
        for (int i = 0; i < outputs.length; i++) {
            double u = random.nextDouble(-1, 2);
            outputs[i] = coarse ? Math.round(u * 10) / 10.0 : u;
        }
        return outputs;
    }

    /** Adds the rows to a counter in batches of random sizes, as an evaluator's chunks would. */
    void addInBatches(ScoreCounter counter, double[] outputs, double[] targets) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        int from = 0;
        while (from < rows) {
            int count = Math.min(rows - from, 1 + random.nextInt(17));
            counter.add(
                    Arrays.copyOfRange(outputs, from * columns, (from + count) * columns),
                    Arrays.copyOfRange(targets, from * columns, (from + count) * columns),
                    count);
            from += count;
        }
    }
}
