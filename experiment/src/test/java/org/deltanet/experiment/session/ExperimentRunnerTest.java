package org.deltanet.experiment.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.extension.RunInfo;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs through {@link ExperimentRunner}: the saved model against the trained network, the
 * extension point, and a run interrupted by an extension's listener, then resumed.
 */
class ExperimentRunnerTest {

    /**
     * Adam on shuffled mini-batches with a validation split and a checkpoint every epoch: every
     * piece of state a resumed run must restore exactly.
     */
    private static final String EXPERIMENT =
            """
            name: blobs
            seed: 3
            data:
              training: { type: csv, file: blobs.csv, label: class }
              scaling: standardize
              validation-split: 0.25
            model:
              layers:
                - { units: 5, activation: tanh }
                - { units: 3, activation: softmax }
            loss: cross-entropy
            optimizer: { name: adam, learning-rate: 0.02 }
            training: { mode: mini-batch, batch-size: 8, shuffle: true, epochs: 6, checkpoint-every: 1 }
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ExperimentRunner runner = new ExperimentRunner(
            new PrintStream(console, true, StandardCharsets.UTF_8),
            ProgressListener.Style.PLAIN,
            new PluginLoader(ExperimentRunnerTest.class.getClassLoader(), List.of(), List.of(), warning -> {}));
    private ExperimentConfig config;

    @BeforeEach
    void writeExperiment() throws IOException {
        Files.writeString(dir.resolve("blobs.csv"), blobs());
        config = new ExperimentLoader().load(Files.writeString(dir.resolve("blobs.yaml"), EXPERIMENT), List.of());
    }

    @AfterEach
    void quietProbe() {
        ProbeExtension.onEpoch = null;
    }

    @Test
    void theSavedModelPredictsBitForBitAsTheTrainedNetwork() {
        RunOutcome outcome = runner.train(config, dir.resolve("runs"), null);

        Network loaded =
                ModelFiles.read(outcome.run().modelFile(), runner.plugins()).network();

        ArrayDataset inputs = randomInputs(500, 2, 3);
        assertArrayEquals(predict(outcome.network(), inputs), predict(loaded, inputs));
        for (int l = 1; l <= loaded.depth(); l++) {
            assertArrayEquals(
                    outcome.network().layer(l).weights(), loaded.layer(l).weights(), "layer " + l);
            assertArrayEquals(outcome.network().layer(l).bias(), loaded.layer(l).bias(), "layer " + l);
        }
    }

    @Test
    void anExtensionsListenerReceivesEveryEpoch() {
        List<Integer> epochs = new CopyOnWriteArrayList<>();
        ProbeExtension.onEpoch = report -> epochs.add(report.epoch());

        Path run = runner.train(config, dir.resolve("runs"), null).run().path();

        assertEquals(List.of(1, 2, 3, 4, 5, 6), epochs);
        RunInfo offered = ProbeExtension.lastRun;
        assertEquals(
                List.of(config.name(), config.seed(), 6, 1, run),
                List.of(
                        offered.experiment(),
                        offered.seed(),
                        offered.epochs(),
                        offered.firstEpoch(),
                        offered.directory()));
    }

    @Test
    void aFloat32RunRecordsItsPrecisionAndResumesToTheUninterruptedWeights() throws IOException {
        config = new ExperimentLoader()
                .load(Files.writeString(dir.resolve("blobs32.yaml"), EXPERIMENT + "precision: float32\n"), List.of());
        anInterruptedRunIsMarkedFailedAndResumesToTheUninterruptedWeights();
        Path run = onlyChild(dir.resolve("whole"));
        assertTrue(Files.readString(run.resolve("model.yaml")).contains("precision: float32"));
        Model model = ModelFiles.read(run.resolve("model.yaml"), runner.plugins());
        assertEquals(Precision.FLOAT32, model.precision());
        for (double w : model.network().layer(1).weights()) {
            assertEquals((float) w, w, "a float32 run's weights are float values");
        }
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("deltanet: precision float32, matrix kernels"));
    }

    /**
     * When the environment forces OpenBLAS's kernels ({@code OPENBLAS_CORETYPE}, set on this
     * project's machines), the run says so with the kernel choice and in its summary; otherwise
     * it says nothing of it.
     */
    @Test
    void aRunSaysWhenTheEnvironmentForcesOpenBlasKernels() throws IOException {
        runner.train(config, dir.resolve("forced"), null);
        String said = console.toString(StandardCharsets.UTF_8);
        String kernel = Files.readString(onlyChild(dir.resolve("forced")).resolve("summary.txt"))
                .lines()
                .filter(line -> line.startsWith("kernel"))
                .findFirst()
                .orElseThrow();
        Kernels.forcedOpenBlasCore()
                .ifPresentOrElse(
                        core -> {
                            assertTrue(said.contains("  " + KernelChoice.forcedCoreNote(core)), said);
                            assertTrue(kernel.endsWith("; OPENBLAS_CORETYPE=" + core), kernel);
                        },
                        () -> {
                            assertFalse(said.contains("OPENBLAS_CORETYPE"), said);
                            assertFalse(kernel.contains("OPENBLAS_CORETYPE"), kernel);
                        });
    }

    /**
     * A float32 run chooses its float kernels by measurement and records them in
     * {@code checkpoints/kernels.txt}, as a float64 run does its double ones; resumed, it adopts
     * what the record names instead of timing again: here a record rewritten to name one candidate
     * for every product, which the resumed run's announcement and summary then report as adopted.
     */
    @Test
    void aResumedFloat32RunAdoptsTheFloatKernelsItsRecordNames() throws IOException {
        config = new ExperimentLoader()
                .load(Files.writeString(dir.resolve("blobs32.yaml"), EXPERIMENT + "precision: float32\n"), List.of());
        List<String> candidates = Kernels.bestFloat().candidates().stream()
                .map(FloatKernels::name)
                .toList();
        assumeTrue(candidates.size() > 1, "one float kernel here, nothing to choose: " + candidates);
        ProbeExtension.onEpoch = report -> {
            if (report.epoch() == 2) {
                throw new IllegalStateException("interrupted after epoch 2");
            }
        };
        assertThrows(IllegalStateException.class, () -> runner.train(config, dir.resolve("interrupted"), null));
        Path run = onlyChild(dir.resolve("interrupted"));
        Path record = run.resolve("checkpoints/kernels.txt");
        List<String> chosen = Files.readAllLines(record);
        assertTrue(chosen.size() >= 5, "forward x2, gradient x2, delta x1 at batch 8 at least: " + chosen);
        String timed = "deltanet: precision float32, matrix kernels "
                + Kernels.bestFloat().name() + ", fastest measured on each product of this run";
        assertTrue(console.toString(StandardCharsets.UTF_8).contains(timed), console.toString(StandardCharsets.UTF_8));
        String adopted = candidates.get(candidates.size() - 1);
        for (String line : chosen) {
            assertTrue(candidates.stream().anyMatch(name -> line.contains(": " + name + " (")), line);
        }
        Files.write(
                record,
                chosen.stream()
                        .map(line -> line.replaceFirst(": .*", ": " + adopted))
                        .toList());

        ProbeExtension.onEpoch = null;
        console.reset();
        runner.resume(run);

        assertTrue(
                console.toString(StandardCharsets.UTF_8)
                        .contains("deltanet: precision float32, matrix kernels "
                                + Kernels.bestFloat().name() + ", as the run chose them at its start:"),
                console.toString(StandardCharsets.UTF_8));
        String kernel = Files.readString(run.resolve("summary.txt"))
                .lines()
                .filter(line -> line.startsWith("kernel"))
                .findFirst()
                .orElseThrow();
        assertTrue(kernel.contains("float32: " + Kernels.bestFloat().name()), kernel);
        for (String line : chosen) {
            assertTrue(
                    kernel.contains(line.substring(0, line.indexOf(':')) + ": " + adopted + " (adopted, not timed)"),
                    kernel);
        }
    }

    @Test
    void anInterruptedRunIsMarkedFailedAndResumesToTheUninterruptedWeights() throws IOException {
        Path whole = runner.train(config, dir.resolve("whole"), null).run().path();
        ProbeExtension.onEpoch = report -> {
            if (report.epoch() == 4) {
                throw new IllegalStateException("interrupted after epoch 4");
            }
        };

        assertThrows(IllegalStateException.class, () -> runner.train(config, dir.resolve("interrupted"), null));

        Path interrupted = onlyChild(dir.resolve("interrupted"));
        assertEquals(
                "failed: interrupted after epoch 4",
                Files.readString(interrupted.resolve("STATUS")).strip());
        assertTrue(Files.readString(interrupted.resolve("summary.txt"))
                .contains("status         failed: interrupted after epoch 4\n"));
        assertTrue(Files.notExists(interrupted.resolve("model.yaml")), "no final model for a failed run");

        ProbeExtension.onEpoch = null;
        RunOutcome resumed = runner.resume(interrupted);

        assertEquals(interrupted, resumed.run().path());
        assertTrue(
                console.toString(StandardCharsets.UTF_8)
                        .contains("deltanet: resuming " + interrupted + " after epoch "),
                console.toString(StandardCharsets.UTF_8));
        assertEquals("complete", Files.readString(interrupted.resolve("STATUS")).strip());
        assertEquals(
                Files.readString(whole.resolve("model.yaml")),
                Files.readString(interrupted.resolve("model.yaml")),
                "the resumed run's final model, weights bit for bit, is the uninterrupted run's");
        assertEquals(withoutSeconds(whole.resolve("metrics.csv")), withoutSeconds(interrupted.resolve("metrics.csv")));
        assertEquals(
                Files.readString(whole.resolve("summary.txt"))
                        .lines()
                        .skip(2)
                        .limit(3)
                        .toList(),
                Files.readString(interrupted.resolve("summary.txt"))
                        .lines()
                        .skip(2)
                        .limit(3)
                        .toList(),
                "epochs run, training and validation metrics");
    }

    /** Three clusters of 30 points in the plane, classes a, b and c, always the same. */
    private static String blobs() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] centres = {{0, 0}, {3, 0}, {0, 3}};
        StringBuilder csv = new StringBuilder("x1,x2,class\n");
        for (int i = 0; i < 90; i++) {
            double[] centre = centres[i % 3];
            csv.append(String.format(
                    Locale.ROOT,
                    "%.4f,%.4f,%c%n",
                    centre[0] + random.nextGaussian(),
                    centre[1] + random.nextGaussian(),
                    (char) ('a' + i % 3)));
        }
        return csv.toString();
    }

    /** Inputs far inside and outside the training range, and exact zeros. */
    private static ArrayDataset randomInputs(int rows, int features, int targets) {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[rows * features];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < features ? 0.0 : random.nextDouble(-50, 50);
        }
        return new ArrayDataset(values, new double[rows * targets], features, targets);
    }

    private double[] predict(Network network, ArrayDataset inputs) {
        PluginResolver plugins = runner.plugins();
        return new Evaluator(network, plugins.loss(PluginSpec.of("cross-entropy")), new PlainKernels()).predict(inputs);
    }

    private static Path onlyChild(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    /** metrics.csv without its wall-time column. */
    private static List<String> withoutSeconds(Path metrics) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(metrics)) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(6);
            rows.add(String.join(",", cells));
        }
        return rows;
    }
}
