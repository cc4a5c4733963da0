package org.deltanet.spark.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.TrainingDivergedException;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.session.ExperimentRunner;
import org.deltanet.experiment.session.RunOutcome;
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.ProgressListener;
import org.deltanet.spark.LocalSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code training.distributed} on Iris, run as {@code deltanet train} runs it, against one machine. */
class DistributedTrainingTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void startSpark() {
        LocalSpark.context();
    }

    @Test
    void syncingEveryStepTrainsAsOneMachineOnTheSameMiniBatches() throws IOException {
        RunOutcome single = train(LocalSpark.iris(10, "", ""));
        RunOutcome distributed = train(LocalSpark.iris(10, "distributed: { workers: 3, sync-every: 1 }", ""));

        assertParametersClose(single.network(), distributed.network(), 1e-9);
        assertEquals(
                single.result().training().loss(),
                distributed.result().training().loss(),
                1e-9);
        assertEquals(
                single.result().validation().loss(),
                distributed.result().validation().loss(),
                1e-9);
        assertEquals(single.test().accuracy(), distributed.test().accuracy());
        assertTrue(Files.readString(distributed.run().experimentFile()).contains("sync-every: 1"));
    }

    /**
     * Dropout (each worker's rows drop what one machine drops for them), L1 and L2 (added by each
     * worker at the broadcast parameters), clipping by norm and value (of the mean, on the driver)
     * and class weights together: the same steps as one machine, to summation order.
     */
    @Test
    void aRegularizedRunSyncingEveryStepTrainsAsOneMachine() throws IOException {
        String regularized = "clip-norm: 0.3\n  clip-value: 0.05\n  class-weights: { setosa: 2 }\n"
                + "  regularization: { l1: 0.001, l2: 0.01, bias: true }";
        RunOutcome single = train(withDropout(LocalSpark.iris(10, regularized, "")));
        RunOutcome distributed = train(
                withDropout(LocalSpark.iris(10, regularized + "\n  distributed: { workers: 3, sync-every: 1 }", "")));
        RunOutcome unregularized = train(LocalSpark.iris(10, "distributed: { workers: 3, sync-every: 1 }", ""));

        assertParametersClose(single.network(), distributed.network(), 1e-9);
        assertEquals(
                single.result().training().loss(),
                distributed.result().training().loss(),
                1e-9);
        assertTrue(
                Math.abs(unregularized.result().training().loss()
                                - distributed.result().training().loss())
                        > 1e-3,
                "the regularization changed nothing");
    }

    /**
     * In float32 the workers compute float gradients and the driver steps in float on float
     * parameters, as one machine does: the result is one float32 machine's to float tolerance, its
     * parameters float values.
     */
    @Test
    void float32SyncingEveryStepTrainsAsOneFloat32Machine() throws IOException {
        String float32 = "precision: float32";
        RunOutcome single = train(LocalSpark.iris(10, "", float32));
        RunOutcome distributed = train(LocalSpark.iris(10, "distributed: { workers: 3, sync-every: 1 }", float32));

        assertParametersClose(single.network(), distributed.network(), 1e-6); // 6e-8 here
        assertTrue(isFloat(distributed.network()), "the parameters are float values");
        assertTrue(
                Files.readString(distributed.run().path().resolve("model.yaml")).contains("precision: float32"));
        assertTrue(
                Files.readString(distributed.run().path().resolve("summary.txt"))
                        .contains("kernel         float32: "),
                "the run chose, recorded and announced the float kernels its workers compute with");
    }

    private static boolean isFloat(Network network) {
        for (int l = 1; l <= network.depth(); l++) {
            for (double w : network.layer(l).weights()) {
                if ((float) w != w) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String withDropout(String experiment) {
        String hidden = "{ units: 8, activation: tanh }";
        assertTrue(experiment.contains(hidden), experiment);
        return experiment.replace(hidden, "{ units: 8, activation: tanh, dropout: 0.3 }");
    }

    @Test
    void aScheduleSteersTheDriversStepsAsOnOneMachine() throws IOException {
        String cosine = "schedule={name: cosine, warmup: 5, min-factor: 0.1}";
        RunOutcome single = train(LocalSpark.iris(6, "", ""), cosine);
        RunOutcome distributed = train(LocalSpark.iris(6, "distributed: { workers: 3, sync-every: 1 }", ""), cosine);
        RunOutcome unscheduled = train(LocalSpark.iris(6, "distributed: { workers: 3, sync-every: 1 }", ""));

        assertParametersClose(single.network(), distributed.network(), 1e-9);
        assertTrue(
                Math.abs(unscheduled.result().training().loss()
                                - distributed.result().training().loss())
                        > 1e-6,
                "the schedule changed nothing");
    }

    @Test
    void aScheduleIsRefusedWithLocalSteps() {
        ConfigException refused = assertThrows(
                ConfigException.class,
                () -> train(
                        LocalSpark.iris(3, "distributed: { workers: 2, sync-every: 3 }", ""),
                        "schedule={name: cosine, warmup: 5}"));
        assertTrue(refused.getMessage().contains("schedule"), refused.getMessage());
    }

    /** In float64, and in float32 (each worker's steps on its float copies). */
    @ParameterizedTest
    @ValueSource(strings = {"", "precision: float32"})
    void averagingParametersEveryFewStepsStillLearns(String precision) throws IOException {
        RunOutcome averaged = train(LocalSpark.iris(10, "distributed: { workers: 2, sync-every: 3 }", precision));

        assertTrue(
                averaged.test().accuracy() >= 0.8,
                "test accuracy " + averaged.test().accuracy());
        assertTrue(averaged.run().status().isComplete());
    }

    @Test
    void aStepThatDivergesStopsTrainingAsOnOneMachine() {
        String tooLarge = "optimizer.learning-rate=1e308";
        TrainingDivergedException single =
                assertThrows(TrainingDivergedException.class, () -> train(LocalSpark.iris(3, "", ""), tooLarge));
        TrainingDivergedException distributed = assertThrows(
                TrainingDivergedException.class,
                () -> train(LocalSpark.iris(3, "distributed: { workers: 3, sync-every: 1 }", ""), tooLarge));

        assertTrue(single.where().startsWith("the net input of layer"), single.getMessage());
        assertEquals(
                List.of(single.epoch(), single.step(), single.where()),
                List.of(distributed.epoch(), distributed.step(), distributed.where()),
                distributed.getMessage());
    }

    @Test
    void aTaskKilledDuringTheRunIsReplacedAndTrainingEndsWithTheSameWeights() throws Exception {
        String experiment = LocalSpark.iris(300, "distributed: { workers: 3, sync-every: 2 }", "");
        RunOutcome undisturbed = train(experiment);
        Path earlier = undisturbed.run().path();
        List<Long> started = new CopyOnWriteArrayList<>();
        SparkContext spark = LocalSpark.context().sc();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart start) {
                started.add(start.taskInfo().taskId());
            }
        };
        spark.addSparkListener(listener);
        Thread killer = new Thread(() -> {
            try {
                while (epochsWritten(started, earlier) < 2) {
                    Thread.sleep(2);
                }
                spark.killTaskAttempt(started.get(0), true, "killed by the test");
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        RunOutcome disturbed;
        try {
            disturbed = train(experiment);
        } finally {
            killer.join();
            spark.removeSparkListener(listener);
        }

        assertTrue(started.size() > 2, "the killed task's stage ran again: tasks started " + started);
        assertParametersClose(undisturbed.network(), disturbed.network(), 0.0);
        assertTrue(disturbed.run().status().isComplete());
    }

    /** Epochs in the metrics of the run other than {@code earlier}, once a task of it started. */
    private int epochsWritten(List<Long> started, Path earlier) throws IOException {
        Path runs = folder.resolve("runs");
        if (started.isEmpty() || !Files.isDirectory(runs)) {
            return 0;
        }
        try (var listed = Files.list(runs)) {
            Path metrics = listed.filter(run -> !run.getFileName().equals(earlier.getFileName()))
                    .findFirst()
                    .map(run -> run.resolve("metrics.csv"))
                    .orElse(earlier);
            return Files.isRegularFile(metrics)
                    ? Math.max(0, Files.readAllLines(metrics).size() - 1)
                    : 0;
        }
    }

    private RunOutcome train(String experiment, String... overrides) throws IOException {
        Path file = Files.createTempFile(folder, "iris", ".yaml");
        Files.writeString(file, experiment);
        ExperimentRunner runner = new ExperimentRunner(
                new PrintStream(OutputStream.nullOutputStream()),
                ProgressListener.Style.PLAIN,
                PluginLoader.of(getClass().getClassLoader()));
        List<String> settings = new ArrayList<>(List.of("training.batch-size=32"));
        settings.addAll(List.of(overrides));
        ExperimentConfig config = new ExperimentLoader().load(file, settings);
        return runner.train(config, folder.resolve("runs"), null);
    }

    private static void assertParametersClose(Network expected, Network actual, double tolerance) {
        for (int l = 1; l <= expected.depth(); l++) {
            double[] want = expected.layer(l).weights();
            double[] got = actual.layer(l).weights();
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], tolerance, "layer " + l + " weight " + i);
            }
            double[] bias = expected.layer(l).bias();
            for (int i = 0; i < bias.length; i++) {
                assertEquals(bias[i], actual.layer(l).bias()[i], tolerance, "layer " + l + " bias " + i);
            }
        }
    }
}
