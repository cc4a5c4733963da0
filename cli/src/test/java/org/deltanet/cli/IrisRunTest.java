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
        List<String> lines = evaluate.out().lines().toList();
        assertEquals("30 examples  loss " + test.loss() + "  accuracy " + test.accuracy(), lines.get(0));
        assertEquals("confusion matrix (rows: actual class, columns: predicted class)", lines.get(2));
        assertEquals("                setosa  versicolor   virginica", lines.get(3));
        assertTrue(lines.get(4).matches("setosa +10 +0 +0"), lines.get(4));
        assertTrue(lines.contains("class         precision  recall      f1  support"), evaluate.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("macro avg( +[01]\\.\\d{4}){3} +30")), evaluate.out());
    }

    /** {@code --json} writes what the run's {@code evaluation.json} holds; {@code --csv -} prints CSV and no table. */
    @Test
    void evaluateWritesTheRunsEvaluationAsJsonAndCsv() throws IOException {
        Path json = output.resolve("scores.json");
        CapturedRun csv = CapturedRun.successful(
                "evaluate", model, "--data", TEST_FLOWERS, "--label", "species", "--json", json, "--csv", "-");

        assertEquals(Files.readString(trained.runDirectory().resolve("evaluation.json")), Files.readString(json));
        assertEquals(
                "metric,target,predicted,value", csv.out().lines().findFirst().orElseThrow());
        assertTrue(csv.out().contains("\nconfusion,setosa,setosa,10\n"), csv.out());
        assertTrue(Files.size(trained.runDirectory().resolve("confusion.png")) > 0);
    }

    @Test
    void evaluateReadsADataSectionAsExperimentFilesWriteIt() {
        CapturedRun shorthand = CapturedRun.successful("evaluate", model, "--data", TEST_FLOWERS, "--label", "species");
        CapturedRun section = CapturedRun.successful(
                "evaluate", model, "--source", "{type: csv, file: '" + TEST_FLOWERS + "', label: species}");

        assertEquals(shorthand.out(), section.out());
    }

    @Test
    void theRunDirectoryStandsForItsModel() {
        Path directory = trained.runDirectory();
        assertEquals(
                CapturedRun.successful("evaluate", model, "--data", TEST_FLOWERS, "--label", "species")
                        .out(),
                CapturedRun.successful("evaluate", directory, "--data", TEST_FLOWERS, "--label", "species")
                        .out());
        assertEquals(
                CapturedRun.successful("predict", model, "--input", TEST_FLOWERS, "--ignore", "species")
                        .out(),
                CapturedRun.successful("predict", directory, "--input", TEST_FLOWERS, "--ignore", "species")
                        .out());
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
