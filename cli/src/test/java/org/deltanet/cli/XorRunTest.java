package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.deltanet.data.xor.XorData;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.registry.PluginRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deltanet train examples/xor.yaml} end to end: the run directory, its files, the trained model. */
class XorRunTest {

    private static final Path XOR = EXAMPLES.resolve("xor.yaml");
    private static final PluginResolver PLUGINS = new PluginResolver(PluginRegistry.builtIn());

    @TempDir
    static Path trainedOutput;

    private static CapturedRun trained;

    @TempDir
    Path output;

    @BeforeAll
    static void train() {
        trained = CapturedRun.successful("train", XOR, "--output", trainedOutput);
    }

    @Test
    void trainsIntoARunDirectoryHoldingEveryOutput() throws IOException {
        Path run = trained.runDirectory();
        assertEquals(trainedOutput, run.getParent());
        assertTrue(run.getFileName().toString().matches("xor-\\d{8}-\\d{6}"), run.toString());
        assertTrue(trained.out().startsWith("deltanet: run directory " + run), trained.out());
        assertEquals(List.of("complete"), Files.readAllLines(run.resolve("STATUS")));
        assertEquals("", trained.err());

        ExperimentLoader loader = new ExperimentLoader();
        String saved = Files.readString(run.resolve("experiment.yaml"));
        ExperimentConfig reloaded = loader.load(run.resolve("experiment.yaml"), List.of());
        assertEquals(PLUGINS.complete(loader.load(XOR, List.of())), reloaded.withProvenance(null));
        assertTrue(saved.contains("\nprovenance:\n  deltanet: "), "the run records deltanet's version:\n" + saved);
        assertEquals(saved, loader.write(reloaded), "experiment.yaml is written as it reads back");
        assertTrue(saved.contains("  training:\n    type: xor\n"), "the source's type as files write it:\n" + saved);
        for (String key : List.of(
                "name:",
                "seed:",
                "scaling:",
                "validation-split:",
                "init:",
                "bias:",
                "mode:",
                "batch-size:",
                "epochs:",
                "shuffle:",
                "checkpoint-every:",
                "output:",
                "plugins:")) {
            assertTrue(saved.contains(key), () -> "experiment.yaml lacks the default " + key + "\n" + saved);
        }

        List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals(
                "epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,learning_rate,seconds,"
                        + "mean_abs_delta_layer1,mean_abs_delta_layer2",
                metrics.get(0));
        assertEquals(301, metrics.size(), "a header and one row per epoch");
        for (int epoch = 1; epoch <= 300; epoch++) {
            String[] cells = metrics.get(epoch).split(",", -1);
            assertEquals(9, cells.length, metrics.get(epoch));
            assertEquals(Integer.toString(epoch), cells[0]);
            assertEquals("", cells[3], "no validation set");
            assertEquals(0.5, Double.parseDouble(cells[5]), "the learning rate");
        }
        assertEquals(1.0, Double.parseDouble(metrics.get(300).split(",")[2]), "training accuracy of the last epoch");

        assertEquals(
                List.of(
                        "epoch-0100.npz",
                        "epoch-0100.yaml",
                        "epoch-0200.npz",
                        "epoch-0200.yaml",
                        "epoch-0300.npz",
                        "epoch-0300.yaml",
                        "kernels.txt"),
                listing(run.resolve("checkpoints")));
        for (String chart : List.of("loss.png", "accuracy.png", "gradients.png")) {
            BufferedImage image = ImageIO.read(run.resolve(chart).toFile());
            assertNotNull(image, chart + " is a PNG image");
            assertTrue(image.getWidth() > 100 && image.getHeight() > 100, chart);
        }
        String summary = Files.readString(run.resolve("summary.txt"));
        assertTrue(summary.contains("status         complete"), summary);
        assertTrue(summary.contains("epochs run     300 of 300"), summary);

        Model model = ModelFiles.read(run.resolve("model.yaml"), PLUGINS);
        double[] outputs = new Evaluator(
                        model.network(), PLUGINS.loss(model.loss().orElseThrow()), new PlainKernels())
                .predict(new XorData().read().data());
        assertXor(outputs);
    }

    @Test
    void predictGivesEachRowOfACsvFileTheTrainedOutput() throws IOException {
        Path model = trained.runDirectory().resolve("model.yaml");
        Path table = Files.writeString(output.resolve("xor.csv"), "x1,x2\n0,0\n0,1\n1,0\n1,1\n");

        CapturedRun predict = CapturedRun.successful("predict", model, "--input", table);

        List<String> lines = predict.out().lines().toList();
        assertEquals("output1", lines.get(0));
        assertXor(lines.stream().skip(1).mapToDouble(Double::parseDouble).toArray());
    }

    @Test
    void trainingTwiceFromOneFileNeverReusesADirectory() throws IOException {
        Path first = CapturedRun.successful("train", XOR, "--output", output, "--set", "training.epochs=1")
                .runDirectory();
        Path second = CapturedRun.successful("train", XOR, "--output", output, "--set", "training.epochs=1")
                .runDirectory();

        assertNotEquals(first, second);
        assertEquals(List.of("complete"), Files.readAllLines(first.resolve("STATUS")));
        assertEquals(List.of("complete"), Files.readAllLines(second.resolve("STATUS")));
        assertEquals(2, Files.readAllLines(first.resolve("metrics.csv")).size(), "the first run's metrics are its own");
    }

    /**
     * Trained XOR weights as the start, one full-batch epoch: the epoch's loss is computed before its
     * one step, so it is the loss of the loaded model, far below the 0.69 of fresh weights.
     */
    @Test
    void initialModelStartsFromTheModelsWeights() throws IOException {
        Path trainedModel = trained.runDirectory().resolve("model.yaml");
        Model model = ModelFiles.read(trainedModel, PLUGINS);
        double trainedLoss = new Evaluator(
                        model.network(), PLUGINS.loss(model.loss().orElseThrow()), new PlainKernels())
                .evaluate(new XorData().read().data())
                .loss();

        Path continued = CapturedRun.successful(
                        "train", XOR, "--output", output, "--set", "training.epochs=1", "--initial-model", trainedModel)
                .runDirectory();

        double firstLoss = Double.parseDouble(
                Files.readAllLines(continued.resolve("metrics.csv")).get(1).split(",")[1]);
        assertEquals(trainedLoss, firstLoss, 1e-12 * trainedLoss);
        assertTrue(firstLoss < 0.01, "fresh weights would give about 0.69, got " + firstLoss);
    }

    /** (0,0) -> 0, (0,1) -> 1, (1,0) -> 1, (1,1) -> 0: each output on the right side of 0.5. */
    private static void assertXor(double[] outputs) {
        assertEquals(4, outputs.length, Arrays.toString(outputs));
        boolean[] expected = {false, true, true, false};
        boolean[] actual = new boolean[4];
        for (int i = 0; i < 4; i++) {
            actual[i] = outputs[i] > 0.5;
        }
        assertArrayEquals(expected, actual, Arrays.toString(outputs));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
