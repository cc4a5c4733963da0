package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets with several columns through the command line: a multi-label run (three 0/1 columns,
 * binary cross-entropy) and a soft-target run (three probability columns, cross-entropy) train,
 * record their label columns in model.yaml, and {@code evaluate} and {@code predict} use them;
 * sizes and values that do not fit are one-line errors.
 */
class MultiColumnTargetsTest {

    @TempDir
    static Path dir;

    private static Path tags;
    private static Path soft;
    private static Path tagsModel;
    private static Path softModel;

    @BeforeAll
    static void train() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder tagRows = new StringBuilder("x1,x2,big,left,far\n");
        StringBuilder softRows = new StringBuilder("x1,x2,cat,dog,fox\n");
        for (int i = 0; i < 200; i++) {
            double x1 = random.nextDouble(-1, 1);
            double x2 = random.nextDouble(-1, 1);
            tagRows.append(String.format(
                    Locale.ROOT,
                    "%.4f,%.4f,%d,%d,%d%n",
                    x1,
                    x2,
                    x1 + x2 > 0 ? 1 : 0,
                    x1 < 0 ? 1 : 0,
                    x1 * x1 + x2 * x2 > 0.5 ? 1 : 0));
            double[] e = {Math.exp(2 * x1), Math.exp(2 * x2), Math.exp(-x1 - x2)};
            double sum = e[0] + e[1] + e[2];
            double cat = Math.round(e[0] / sum * 1e6) / 1e6;
            double dog = Math.round(e[1] / sum * 1e6) / 1e6;
            softRows.append(String.format(
                    Locale.ROOT, "%.4f,%.4f,%s,%s,%s%n", x1, x2, cat, dog, Math.round((1 - cat - dog) * 1e6) / 1e6));
        }
        tags = dir.resolve("tags.csv");
        soft = dir.resolve("soft.csv");
        Files.writeString(tags, tagRows);
        Files.writeString(soft, softRows);
        tagsModel = trained("tags", "tags.csv", "[big, left, far]", "multi-label", "sigmoid", "binary-cross-entropy");
        softModel = trained("soft", "soft.csv", "[cat, dog, fox]", "probabilities", "softmax", "cross-entropy");
    }

    private static Path trained(String name, String file, String labels, String encoding, String output, String loss)
            throws IOException {
        Path experiment = dir.resolve(name + ".yaml");
        Files.writeString(experiment, experiment(file, labels, encoding, 3, output, loss));
        CapturedRun run = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"));
        return run.runDirectory().resolve("model.yaml");
    }

    private static String experiment(
            String file, String labels, String encoding, int units, String output, String loss) {
        return """
                name: NAME
                seed: 1
                data:
                  training: { type: csv, file: FILE, label: LABELS, labels: ENCODING }
                  test: { type: csv, file: FILE, label: LABELS, labels: ENCODING }
                model:
                  layers:
                    - { units: 8, activation: tanh }
                    - { units: UNITS, activation: OUTPUT }
                loss: LOSS
                optimizer: { name: adam, learning-rate: 0.02 }
                training: { mode: mini-batch, batch-size: 16, epochs: 30 }
                """
                .replace("NAME", file.replace(".csv", ""))
                .replace("FILE", file)
                .replace("LABELS", labels)
                .replace("ENCODING", encoding)
                .replace("UNITS", Integer.toString(units))
                .replace("OUTPUT", output)
                .replace("LOSS", loss);
    }

    /** Trains the experiment text written to {@code file}, which is expected to be refused. */
    private static CapturedRun refused(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return CapturedRun.of("train", file, "--output", dir.resolve("refused"));
    }

    @Test
    void aMultiLabelModelRecordsItsColumnsAndIsScoredPerLabel() throws IOException {
        assertTrue(
                Files.readString(tagsModel).contains("targets:\n- big\n- left\n- far\n"), Files.readString(tagsModel));
        CapturedRun evaluate = CapturedRun.successful("evaluate", tagsModel, "--data", tags);

        List<String> lines = evaluate.out().lines().toList();
        assertTrue(lines.get(0).startsWith("200 examples  loss "), lines.get(0));
        assertTrue(lines.get(0).contains("  exact match "), lines.get(0));
        assertEquals(
                "label         precision  recall      f1  support       tp       fp       fn       tn", lines.get(2));
        assertTrue(lines.get(3).startsWith("big "), lines.get(3));
        assertFalse(evaluate.out().contains("accuracy"), evaluate.out());

        CapturedRun predict = CapturedRun.successful("predict", tagsModel, "--input", tags, "--features", "x1,x2");
        assertEquals("big,left,far", predict.out().lines().findFirst().orElseThrow());
    }

    @Test
    void aSoftTargetModelIsScoredByItsClasses() {
        CapturedRun evaluate = CapturedRun.successful("evaluate", softModel, "--data", soft, "--label", "cat,dog,fox");

        List<String> lines = evaluate.out().lines().toList();
        assertTrue(lines.get(0).contains("  accuracy "), lines.get(0));
        assertEquals("     cat  dog  fox", lines.get(3));
        double accuracy = Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
        assertTrue(accuracy >= 0.8, "accuracy " + accuracy + " on soft targets");
    }

    /** Two numeric columns of the Iris files: MSE, MAE and R² per output and over both, no accuracy. */
    @Test
    void aMultiOutputRegressionIsScoredPerOutput() throws IOException {
        Path experiment = dir.resolve("petals.yaml");
        Files.writeString(
                experiment,
                """
                name: petals
                seed: 1
                data:
                  training: { type: csv, file: FILE, label: [petal_length, petal_width], labels: numeric,
                              features: [sepal_length, sepal_width] }
                  scaling: standardize
                model:
                  layers:
                    - { units: 8, activation: tanh }
                    - { units: 2, activation: identity }
                loss: squared-error
                optimizer: { name: adam, learning-rate: 0.02 }
                training: { mode: mini-batch, batch-size: 16, epochs: 20 }
                """
                        .replace(
                                "FILE",
                                Repository.EXAMPLES
                                        .resolve("data/iris-train.csv")
                                        .toString()));
        Path model = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"))
                .runDirectory()
                .resolve("model.yaml");
        CapturedRun evaluate = CapturedRun.successful(
                "evaluate",
                model,
                "--source",
                "{type: csv, file: '" + Repository.EXAMPLES.resolve("data/iris-test.csv")
                        + "', label: [petal_length, petal_width], labels: numeric,"
                        + " features: [sepal_length, sepal_width]}");

        List<String> lines = evaluate.out().lines().toList();
        assertTrue(lines.get(2).matches("output +mse +mae +r2"), evaluate.out());
        assertTrue(lines.get(3).startsWith("petal_length "), evaluate.out());
        assertTrue(lines.get(4).startsWith("petal_width "), evaluate.out());
        assertTrue(lines.get(5).startsWith("all outputs "), evaluate.out());
        assertFalse(evaluate.out().contains("accuracy"), evaluate.out());
    }

    @Test
    void anOutputLayerWithoutAUnitPerLabelColumnIsRefused() throws IOException {
        Path experiment = dir.resolve("two.yaml");
        CapturedRun refused = refused(
                experiment,
                experiment("tags.csv", "[big, left, far]", "multi-label", 2, "sigmoid", "binary-cross-entropy"));

        assertEquals(3, refused.exitCode(), refused.toString());
        assertEquals(
                "deltanet: " + experiment + ":9:9: model.layers[1].units is 2 but the training data has 3 target values"
                        + " per example (one per class, or per label column); use units: 3\n",
                refused.err());
        assertFalse(Files.exists(dir.resolve("refused")), "nothing written");
    }

    @Test
    void multiLabelTargetsWithCrossEntropyAreRefusedNamingTheLossThatFits() throws IOException {
        Path experiment = dir.resolve("ce.yaml");
        CapturedRun refused = refused(
                experiment, experiment("tags.csv", "[big, left, far]", "multi-label", 3, "softmax", "cross-entropy"));

        assertEquals(3, refused.exitCode(), refused.toString());
        assertTrue(
                refused.err()
                        .startsWith("deltanet: " + experiment + ":10:1: loss: cross-entropy takes targets that"
                                + " are distributions (rows summing to 1), but a training example has the targets ("),
                refused.err());
        assertTrue(refused.err().contains("use binary-cross-entropy with sigmoid outputs"), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
    }

    @Test
    void probabilitiesThatDoNotSumToOneAreRefusedAtTheirLine() throws IOException {
        Path bad = dir.resolve("bad-soft.csv");
        Files.writeString(bad, "x1,x2,cat,dog,fox\n0.1,0.2,0.2,0.2,0.6\n0.1,0.2,0.5,0.4,0.3\n");
        CapturedRun refused = refused(
                dir.resolve("bad-soft.yaml"),
                experiment("bad-soft.csv", "[cat, dog, fox]", "probabilities", 3, "softmax", "cross-entropy"));

        assertEquals(4, refused.exitCode(), refused.toString());
        assertEquals(
                "deltanet: " + bad + ":3: column 'cat': the probabilities in cat, dog, fox sum to 1.2, not 1; soft"
                        + " targets are a distribution over the classes (within 1.0E-6), for independent 0/1 labels"
                        + " say labels: multi-label\n",
                refused.err());
    }
}
