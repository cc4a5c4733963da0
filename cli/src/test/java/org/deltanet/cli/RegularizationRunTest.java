package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regularization as a user meets it: {@code metrics.csv} with the penalty beside the data loss
 * (and its old columns without one), a killed run with dropout, penalties, clipping and class
 * weights resumed to the uninterrupted run's weights bit for bit (in float64 and in float32), a
 * float32 run with all of them within float tolerance of the float64 run, and one clear line
 * (file, line, key) for every key that does not fit.
 */
class RegularizationRunTest {

    private static final String LAYERS =
            """
                - { units: 4, activation: tanh }
                - { units: 3, activation: softmax }
            """;

    private static final String REGULARIZED = BadInputTest.EXPERIMENT
            .replace(
                    LAYERS,
                    """
                - { units: 4, activation: tanh, dropout: 0.25, regularization: { l1: 0.001 } }
                - { units: 3, activation: softmax }
            """)
            .replace(
                    "training: { mode: mini-batch, batch-size: 4, epochs: 2 }",
                    """
                    training:
                      mode: mini-batch
                      batch-size: 4
                      epochs: 6
                      keep-last: 6
                      regularization: { l2: 0.01, bias: true }
                      clip-norm: 0.5
                      clip-value: 0.2
                      class-weights: { setosa: 2 }
                    """);

    /** How far a float32 run's losses may be from the float64 run's, relative to max(1, |loss|). */
    private static final double FLOAT_TOLERANCE = 1e-4;

    @TempDir
    Path dir;

    private Path experiment(String text) throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        return Files.writeString(dir.resolve("flowers.yaml"), text);
    }

    @Test
    void aPenalizedRunReportsThePenaltyBesideTheDataLoss() throws IOException {
        CapturedRun validated = CapturedRun.successful("validate", experiment(REGULARIZED));
        assertTrue(
                validated
                        .out()
                        .contains("  regularize: penalty (layer 1: l1 0.001, l2 0.01 with biases;"
                                + " layer 2: l1 0.0, l2 0.01 with biases); dropout 0.25, 0.0; clip-value 0.2;"
                                + " clip-norm 0.5; class weights [2.0, 1.0, 1.0]"),
                validated::toString);

        Path run = CapturedRun.successful("train", experiment(REGULARIZED), "--output", dir.resolve("runs"))
                .runDirectory();

        List<String> lines = Files.readAllLines(run.resolve("metrics.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals(
                List.of("train_penalty", "train_loss_with_penalty"), header.subList(header.size() - 2, header.size()));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double loss = Double.parseDouble(cells[header.indexOf("train_loss")]);
            double penalty = Double.parseDouble(cells[header.indexOf("train_penalty")]);
            assertTrue(penalty > 0.0, line);
            assertEquals(loss + penalty, Double.parseDouble(cells[header.indexOf("train_loss_with_penalty")]), line);
        }
        String summary = Files.readString(run.resolve("summary.txt"));
        assertTrue(
                summary.matches("(?s).*\ntraining +loss \\S+  accuracy \\S+  \\(data loss; penalty \\S+, loss with"
                        + " penalty \\S+\\)\n.*"),
                summary);
        String completed = Files.readString(run.resolve("experiment.yaml"));
        assertTrue(completed.contains("dropout: 0.25"), completed);
        assertTrue(completed.contains("class-weights:\n    setosa: 2.0"), completed);
    }

    /** 6 setosa, 2 versicolor, 1 virginica: balanced weights 9 / (3 * 6), 9 / (3 * 2), 9 / (3 * 1). */
    @Test
    void balancedClassWeightsFollowTheTrainingData() throws IOException {
        Files.writeString(
                dir.resolve("flowers.csv"),
                BadInputTest.FLOWERS
                        .replace("6.4,3.2,versicolor", "5.0,3.6,setosa")
                        .replace("6.3,3.3,virginica", "5.4,3.9,setosa")
                        .replace("5.8,2.7,virginica", "4.6,3.4,setosa"));
        Path file = Files.writeString(
                dir.resolve("flowers.yaml"),
                BadInputTest.EXPERIMENT.replace(
                        "training: { mode: mini-batch, batch-size: 4, epochs: 2 }",
                        "training: { mode: mini-batch, batch-size: 4, epochs: 2, class-weights: balanced }"));
        CapturedRun validated = CapturedRun.successful("validate", file);
        assertTrue(validated.out().contains("  regularize: class weights [0.5, 1.5, 3.0]"), validated::toString);
        CapturedRun.successful("train", file, "--output", dir.resolve("runs"));
    }

    @Test
    void explainSaysItsStepsArePlain() throws IOException {
        CapturedRun explained = CapturedRun.successful("explain", experiment(REGULARIZED), "--steps", "1");
        assertTrue(
                explained.out().contains("Note: these are plain gradient-descent steps; the experiment's"),
                explained::toString);
    }

    @Test
    void withoutAPenaltyMetricsCsvKeepsItsColumns() throws IOException {
        String dropoutOnly = BadInputTest.EXPERIMENT.replace(
                "- { units: 4, activation: tanh }", "- { units: 4, activation: tanh, dropout: 0.5 }");
        Path run = CapturedRun.successful("train", experiment(dropoutOnly), "--output", dir.resolve("runs"))
                .runDirectory();
        assertEquals(
                "epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,learning_rate,seconds,"
                        + "mean_abs_delta_layer1,mean_abs_delta_layer2",
                Files.readAllLines(run.resolve("metrics.csv")).get(0));
    }

    /** A run killed after epoch 2 (as ResumeTest makes one) and resumed equals the uninterrupted run. */
    @ParameterizedTest
    @ValueSource(strings = {"float64", "float32"})
    void aKilledRegularizedRunResumesBitForBit(String precision) throws IOException {
        Path file = experiment(REGULARIZED + "precision: " + precision + "\n");
        Path whole = CapturedRun.successful("train", file, "--output", dir.resolve("runs"))
                .runDirectory();
        Path again = CapturedRun.successful("train", file, "--output", dir.resolve("runs"))
                .runDirectory();
        assertTrue(
                Arrays.equals(
                        Files.readAllBytes(whole.resolve("model.npz")), Files.readAllBytes(again.resolve("model.npz"))),
                "the same seed gave other weights");
        Files.writeString(again.resolve("STATUS"), "running\n");
        Files.delete(again.resolve("model.yaml"));
        for (String epoch : List.of("0003", "0004", "0005", "0006")) {
            Files.delete(again.resolve("checkpoints/epoch-" + epoch + ".yaml"));
        }

        CapturedRun resumed = CapturedRun.successful("train", "--resume", again);

        assertTrue(resumed.out().startsWith("deltanet: resuming " + again + " after epoch 2"), resumed.out());
        assertTrue(
                Arrays.equals(
                        Files.readAllBytes(whole.resolve("model.npz")), Files.readAllBytes(again.resolve("model.npz"))),
                "weights differ after resuming");
        assertEquals(
                Files.readAllLines(whole.resolve("metrics.csv")).get(0),
                Files.readAllLines(again.resolve("metrics.csv")).get(0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "class-weights: { setosa: 2 }|class-weights: { setosaa: 2 }|"
                        + "flowers.yaml:18:20: training.class-weights.setosaa: no class 'setosaa' in the training data"
                        + " (did you mean 'setosa'?); its classes are setosa, versicolor, virginica",
                "class-weights: { setosa: 2 }|class-weights: [1, 2]|"
                        + "flowers.yaml:18:3: training.class-weights has 2 weights but the training data has 3 classes"
                        + " [setosa, versicolor, virginica]; give one weight per class in this order, or a mapping by"
                        + " class name",
                "class-weights: { setosa: 2 }|class-weights: equal|"
                        + "flowers.yaml:18:3: training.class-weights: class-weights is 'balanced', a list of weights in class order or a"
                        + " mapping of class names to weights, got 'equal'",
                "clip-norm: 0.5|clip-norm: 0|flowers.yaml:10:1: training: 'clip-norm' must be above 0",
                "- { units: 3, activation: softmax }|- { units: 3, activation: softmax, dropout: 0.5 }|"
                        + "flowers.yaml:7:40: model.layers[1].dropout: the output layer's outputs are the predictions"
                        + " and cannot be dropped; put dropout on a hidden layer",
                "dropout: 0.25|dropout: 1|'dropout' is the fraction of the layer's outputs dropped while training,"
                        + " in [0, 1), got 1.0",
                "regularization: { l2: 0.01, bias: true }|regularization: { l2: 0.01, l3: 1 }|"
                        + "unknown key 'l3' in training.regularization; did you mean 'l1'?"
            })
    void aKeyThatDoesNotFitIsNamedInOneLine(String replaced, String by, String message) throws IOException {
        Path file = experiment(REGULARIZED.replace(replaced, by));
        for (List<Object> command : List.of(
                List.<Object>of("validate", file), List.<Object>of("train", file, "--output", dir.resolve("runs")))) {
            CapturedRun cli = CapturedRun.of(command.toArray());
            assertEquals(ExitCode.CONFIG.code(), cli.exitCode(), cli::toString);
            assertEquals(1, cli.messages().size(), cli::toString);
            assertTrue(cli.messages().get(0).contains(message), cli::toString);
            assertFalse(cli.hasStackTrace(), cli::toString);
        }
        assertFalse(Files.exists(dir.resolve("runs")), "no run directory for a configuration error");
    }

    /** Every epoch's training loss and penalty of the float32 run within float tolerance of the float64 run's. */
    @Test
    void float32TrainsWithEveryRegularizationAsFloat64DoesToFloatTolerance() throws IOException {
        Path doubles = CapturedRun.successful("train", experiment(REGULARIZED), "--output", dir.resolve("float64"))
                .runDirectory();
        Path floats = CapturedRun.successful(
                        "train", experiment(REGULARIZED + "precision: float32\n"), "--output", dir.resolve("float32"))
                .runDirectory();

        List<String> expected = Files.readAllLines(doubles.resolve("metrics.csv"));
        List<String> actual = Files.readAllLines(floats.resolve("metrics.csv"));
        assertEquals(expected.get(0), actual.get(0));
        assertEquals(expected.size(), actual.size());
        List<String> header = Arrays.asList(expected.get(0).split(","));
        for (int epoch = 1; epoch < expected.size(); epoch++) {
            for (String column : List.of("train_loss", "train_penalty")) {
                double want = Double.parseDouble(expected.get(epoch).split(",")[header.indexOf(column)]);
                double got = Double.parseDouble(actual.get(epoch).split(",")[header.indexOf(column)]);
                assertEquals(want, got, FLOAT_TOLERANCE * Math.max(1.0, Math.abs(want)), column + " of epoch " + epoch);
            }
        }
        assertTrue(Files.readString(floats.resolve("model.yaml")).contains("precision: float32"));
    }

    /** Validated, not trained: spark's DistributedTrainingTest trains one against one machine. */
    @Test
    void dataParallelTrainingTakesEveryRegularization() throws IOException {
        CapturedRun validated = CapturedRun.successful(
                "validate",
                experiment(REGULARIZED.replace("  epochs: 6\n", "  epochs: 6\n  distributed: { workers: 2 }\n")));
        assertTrue(
                validated.out().contains("dropout 0.25, 0.0; clip-value 0.2; clip-norm 0.5; class weights"),
                validated::toString);
    }
}
