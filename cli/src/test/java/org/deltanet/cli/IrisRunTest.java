package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.registry.PluginRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deltanet train examples/iris.yaml}, then {@code predict} and {@code evaluate} on its
 * model with the held-out flowers.
 */
class IrisRunTest {

    private static final Path TEST_FLOWERS = EXAMPLES.resolve("data/iris-test.csv");

    @TempDir
    static Path output;

    private static CapturedRun trained;
    private static Path model;

    @BeforeAll
    static void train() {
        trained = CapturedRun.successful("train", EXAMPLES.resolve("iris.yaml"), "--output", output);
        model = trained.runDirectory().resolve("model.yaml");
    }

    @Test
    void reachesTestAccuracyOfAtLeast95Percent() {
        double accuracy = Double.parseDouble(trained.testMetrics().accuracy());
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
    }

    @Test
    void experimentYamlWritesOutThePluginsDefaultParameters() throws IOException {
        Path saved = trained.runDirectory().resolve("experiment.yaml");

        ExperimentLoader loader = new ExperimentLoader();
        assertEquals(
                new PluginResolver(PluginRegistry.builtIn())
                        .complete(loader.load(EXAMPLES.resolve("iris.yaml"), List.of())),
                loader.load(saved, List.of()).withProvenance(null));
        assertTrue(
                Files.readString(saved)
                        .contains(
                                """
                optimizer:
                  name: adam
                  learning-rate: 0.01
                  beta1: 0.9
                  beta2: 0.999
                  epsilon: 1.0E-8
                """),
                Files.readString(saved));
    }

    @Test
    void evaluateGivesTheTestMetricsTrainingPrinted() {
        CapturedRun evaluate = CapturedRun.successful("evaluate", model, "--data", TEST_FLOWERS, "--label", "species");

        CapturedRun.TestMetrics test = trained.testMetrics();
        assertEquals(
                "30 examples  loss " + test.loss() + "  accuracy " + test.accuracy(),
                evaluate.out().strip());
    }

    @Test
    void evaluateReadsADataSectionAsExperimentFilesWriteIt() {
        CapturedRun shorthand = CapturedRun.successful("evaluate", model, "--data", TEST_FLOWERS, "--label", "species");
        CapturedRun section = CapturedRun.successful(
                "evaluate", model, "--source", "{type: csv, file: '" + TEST_FLOWERS + "', label: species}");

        assertEquals(shorthand.out(), section.out());
    }

    @Test
    void predictNamesTheSpeciesOfEachFlower() throws IOException {
        CapturedRun predict = CapturedRun.successful("predict", model, "--input", TEST_FLOWERS, "--ignore", "species");

        List<String> rows = predict.out().lines().toList();
        assertEquals("class,setosa,versicolor,virginica", rows.get(0));
        List<String> flowers = Files.readAllLines(TEST_FLOWERS);
        assertEquals(flowers.size(), rows.size(), "one line per flower after the header");
        int right = 0;
        for (int i = 1; i < rows.size(); i++) {
            String predicted = rows.get(i).split(",")[0];
            String actual = flowers.get(i).substring(flowers.get(i).lastIndexOf(',') + 1);
            right += predicted.equals(actual) ? 1 : 0;
        }
        assertTrue(right >= 0.95 * (rows.size() - 1), right + " of " + (rows.size() - 1) + " right");
    }
}
