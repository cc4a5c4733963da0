package org.deltanet.cli;

import java.util.List;
import java.util.SplittableRandom;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataSource;
import org.deltanet.data.LabeledData;
import org.deltanet.engine.data.Dataset;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.testkit.Property;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What {@code deltanet verify} checks of a data format from a jar (the test kit has no contract for
 * data): a section that names only its {@code type} is bound as an experiment file's would be and
 * read; its examples must be finite, one target row per example one-hot over its classes where it
 * names classes; and its float gather, which float32 runs call, must give exactly {@code (float)} of
 * each value of its double gather, for generated batches in generated orders (the contract the
 * plugin guide states for an overridden float gather). A format whose section needs keys (a file
 * to read) is skipped, with the reason its binding gave.
 */
final class DataFormatProperties {

    /** The most rows gathered at once while every example is checked. */
    private static final int CHUNK = 1024;

    private DataFormatProperties() {}

    static List<Property> of(DataFormat format) {
        String read = format.name() + ": a section of only its type reads";
        DataSource defaults;
        try {
            defaults = new ExperimentLoader(jars -> List.of(format))
                    .source("{type: " + format.name() + "}", "data format " + format.name());
        } catch (ConfigException needsKeys) {
            return List.of(Property.skipped(read, "its section needs keys: " + needsKeys.getMessage()));
        }
        LabeledData data = defaults.read();
        Dataset examples = data.data();
        if (examples.size() < 1) {
            return List.of(new Property(read + " examples", () -> {
                throw new AssertionError("it read no examples");
            }));
        }
        return List.of(
                new Property(read + " " + examples.size() + " examples", () -> {}),
                new Property(
                        format.name() + ": every example is finite, its targets one-hot over "
                                + (data.classes().isEmpty() ? "no classes (numeric targets)" : data.classes()),
                        () -> checkExamples(examples, !data.classes().isEmpty())),
                Property.forAll(
                        format.name() + ": the float gather gives (float) of the double gather",
                        batches(examples.size()),
                        order -> checkFloatGather(examples, order)));
    }

    private static void checkExamples(Dataset examples, boolean oneHot) {
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int rows = Math.min(CHUNK, order.length);
        double[] features = new double[rows * examples.featureCount()];
        double[] targets = new double[rows * examples.targetCount()];
        for (int from = 0; from < order.length; from += rows) {
            int count = Math.min(rows, order.length - from);
            examples.gather(order, from, count, features, targets);
            for (int r = 0; r < count; r++) {
                int example = from + r;
                for (int j = 0; j < examples.featureCount(); j++) {
                    double value = features[r * examples.featureCount() + j];
                    if (!Double.isFinite(value)) {
                        throw new AssertionError("example " + example + ", feature " + j + " is " + value);
                    }
                }
                checkTargets(targets, r, examples.targetCount(), example, oneHot);
            }
        }
    }

    private static void checkTargets(double[] targets, int row, int columns, int example, boolean oneHot) {
        int ones = 0;
        for (int k = 0; k < columns; k++) {
            double value = targets[row * columns + k];
            if (!Double.isFinite(value) || (oneHot && value != 0.0 && value != 1.0)) {
                throw new AssertionError("example " + example + ", target " + k + " is " + value
                        + (oneHot ? " (one-hot targets are 0 or 1)" : ""));
            }
            ones += value == 1.0 ? 1 : 0;
        }
        if (oneHot && ones != 1) {
            throw new AssertionError("example " + example + " has " + ones + " targets of 1, not exactly one");
        }
    }

    /** {@code count} examples from position {@code from} of a shuffled {@code order}. */
    private record Batch(int[] order, int from, int count) {
        @Override
        public String toString() {
            return count + " examples from position " + from + " of a shuffled order";
        }
    }

    private static Gen<Batch> batches(int size) {
        return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
                .zip(Generate.range(1, Math.min(size, CHUNK)), (seed, count) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    int[] order = new int[size];
                    for (int i = 0; i < size; i++) {
                        int j = random.nextInt(i + 1);
                        order[i] = order[j];
                        order[j] = i;
                    }
                    return new Batch(order, random.nextInt(size - count + 1), count);
                });
    }

    private static void checkFloatGather(Dataset examples, Batch batch) {
        int count = batch.count();
        double[] features = new double[count * examples.featureCount()];
        double[] targets = new double[count * examples.targetCount()];
        float[] floatFeatures = new float[features.length];
        float[] floatTargets = new float[targets.length];
        examples.gather(batch.order(), batch.from(), count, features, targets);
        examples.gather(batch.order(), batch.from(), count, floatFeatures, floatTargets);
        compare("feature", features, floatFeatures, examples.featureCount(), batch);
        compare("target", targets, floatTargets, examples.targetCount(), batch);
    }

    private static void compare(String what, double[] doubles, float[] floats, int columns, Batch batch) {
        for (int i = 0; i < doubles.length; i++) {
            if (Float.floatToIntBits((float) doubles[i]) != Float.floatToIntBits(floats[i])) {
                int example = batch.order()[batch.from() + i / columns];
                throw new AssertionError("example " + example + ", " + what + " " + i % columns + ": double gather "
                        + doubles[i] + ", float gather " + floats[i] + " (expected " + (float) doubles[i] + ")");
            }
        }
    }
}
