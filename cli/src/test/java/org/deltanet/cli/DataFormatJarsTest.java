package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataFormats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data format from a plugin jar, end to end: the example {@code spirals} jar, named by the
 * experiment's {@code plugins:} or found in {@code --plugins}, is chosen by {@code type: spirals}
 * as a built-in format is; its keys are checked on the tree with line and column; the run's
 * experiment.yaml writes it back as {@code type: spirals}; evaluate reads it with {@code --source}.
 */
class DataFormatJarsTest {

    /** Two-spirals classification from the example jar's format (the jar itself not named). */
    static final String EXPERIMENT =
            """
            name: spirals
            seed: 3
            data:
              training: { type: spirals, points: 60, turns: 0.75, noise: 0.01 }
            model:
              layers:
                - { units: 16, activation: tanh }
                - { units: 16, activation: tanh }
                - { units: 2, activation: softmax }
            loss: cross-entropy
            optimizer: { name: adam, learning-rate: 0.02 }
            training: { mode: batch, epochs: 400 }
            """;

    /** The installed formats, as a message lists them. */
    private static final String BUILT_IN_FORMATS = String.join(
            ", ", DataFormats.installed().stream().map(DataFormat::name).toList());

    @TempDir
    Path temp;

    @BeforeAll
    static void noSparkWebUi() {
        System.setProperty("spark.ui.enabled", "false");
    }

    @Test
    void theExperimentsOwnJarSuppliesTheFormatItTrainsOn() throws IOException {
        Fixtures.example("spirals").writeTo(temp.resolve("plugins"));
        Path experiment = Files.writeString(temp.resolve("spirals.yaml"), EXPERIMENT + "plugins: [plugins]\n");

        CapturedRun run = CapturedRun.of("train", experiment, "--output", temp.resolve("runs"));

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        Path directory = XorExperiment.runIn(temp.resolve("runs"));
        assertEquals("complete", XorExperiment.status(directory));
        double accuracy = accuracy(Files.readString(directory.resolve("summary.txt")));
        assertTrue(accuracy >= 0.95, "the network separates the two spirals: " + accuracy);
        String resolved = Files.readString(directory.resolve("experiment.yaml"));
        assertTrue(resolved.contains("type: spirals"), resolved);
        CapturedRun again = CapturedRun.of("validate", directory.resolve("experiment.yaml"));
        assertEquals(ExitCode.OK.code(), again.exitCode(), again::toString);

        CapturedRun evaluate = CapturedRun.of(
                "evaluate",
                directory.resolve("model.yaml"),
                "--source",
                "{type: spirals, points: 60, turns: 0.75, noise: 0.01}",
                "--plugins",
                temp.resolve("plugins"));
        assertEquals(ExitCode.OK.code(), evaluate.exitCode(), evaluate::toString);
        assertTrue(evaluate.out().startsWith("120 examples"), evaluate::toString);
    }

    @Test
    void aJarInThePluginsFolderSuppliesTheFormatToo() throws IOException {
        Fixtures.example("spirals").writeTo(temp.resolve("jars"));
        Path experiment = Files.writeString(temp.resolve("spirals.yaml"), EXPERIMENT);

        CapturedRun run = CapturedRun.of("validate", experiment, "--plugins", temp.resolve("jars"));

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
    }

    @Test
    void pluginsListsTheJarsFormatWithItsKeysAndJar() throws IOException {
        Path jar = Fixtures.example("spirals").writeTo(temp.resolve("jars"));

        CapturedRun run = CapturedRun.of("plugins", "--plugins", temp.resolve("jars"));

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        assertTrue(
                run.out()
                        .contains("  spirals                two interleaved spirals in the plane, one class each,"
                                + " generated from a seed\n"
                                + "                           keys: type, points, turns, noise, seed\n"
                                + "                           jar " + jar + ", version unknown\n"),
                run::toString);
    }

    @Test
    void theKeysOfAJarsFormatAreCheckedWithLineAndColumn() throws IOException {
        Fixtures.example("spirals").writeTo(temp.resolve("jars"));
        Path experiment =
                Files.writeString(temp.resolve("spirals.yaml"), EXPERIMENT.replace("points: 60", "pionts: 60"));

        CapturedRun run = CapturedRun.of("validate", experiment, "--plugins", temp.resolve("jars"));

        assertEquals(ExitCode.CONFIG.code(), run.exitCode(), run::toString);
        assertEquals(
                "deltanet: " + experiment + ":4:30: unknown key 'pionts' in data.training; did you mean 'points'?\n",
                run.err());
    }

    @Test
    void withoutTheJarTheTypeIsUnknown() throws IOException {
        Path experiment = Files.writeString(temp.resolve("spirals.yaml"), EXPERIMENT);

        CapturedRun run = CapturedRun.of("validate", experiment);

        assertEquals(ExitCode.CONFIG.code(), run.exitCode(), run::toString);
        assertTrue(
                run.err().contains(":4:15: data.training: unknown type 'spirals'; valid: " + BUILT_IN_FORMATS + "\n"),
                run::toString);
    }

    @Test
    void everyVariantOfASweepReadsTheJarsFormatWithItsOwnValues() throws IOException {
        Fixtures.example("spirals").writeTo(temp.resolve("plugins"));
        Path experiment = Files.writeString(
                temp.resolve("spirals.yaml"),
                EXPERIMENT
                        + """
                plugins: [plugins]
                sweep:
                  parameters:
                    data.training.turns: [0.5, 1.0]
                  metric: training-loss
                """);

        CapturedRun sweep = CapturedRun.of(
                "sweep",
                experiment,
                "--master",
                "local[2]",
                "--set",
                "training.epochs=40",
                "--output",
                temp.resolve("sweep"));

        assertEquals(ExitCode.OK.code(), sweep.exitCode(), sweep::toString);
        Path directory = XorExperiment.runIn(temp.resolve("sweep"));
        assertEquals("complete", XorExperiment.status(directory));
        for (String turns : List.of("0.5", "1.0")) {
            CapturedRun alone = CapturedRun.of(
                    "train",
                    experiment,
                    "--set",
                    "training.epochs=40",
                    "--set",
                    "data.training.turns=" + turns,
                    "--output",
                    temp.resolve("alone-" + turns));
            assertEquals(ExitCode.OK.code(), alone.exitCode(), alone::toString);
            String expected = training(XorExperiment.runIn(temp.resolve("alone-" + turns)));
            int variant = turns.equals("0.5") ? 1 : 2;
            try (Stream<Path> runs = Files.list(directory)) {
                Path run = runs.filter(p -> p.getFileName().toString().startsWith("spirals-0" + variant + "-"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(expected, training(run), "variant " + variant + " trained on turns " + turns);
                assertTrue(Files.readString(run.resolve("experiment.yaml")).contains("type: spirals"));
            }
        }
    }

    @Test
    void dataParallelWorkersReadTheJarsFormatAndTrainAsOneMachineDoes() throws IOException {
        Fixtures.example("spirals").writeTo(temp.resolve("plugins"));
        String oneMachine = EXPERIMENT.replace("epochs: 400", "epochs: 40") + "plugins: [plugins]\n";
        Path alone = Files.writeString(temp.resolve("alone.yaml"), oneMachine);
        Path distributed = Files.writeString(
                temp.resolve("distributed.yaml"),
                oneMachine.replace("epochs: 40", "epochs: 40, distributed: { workers: 2 }")
                        + "spark: { spark.master: 'local[2]', spark.ui.enabled: false }\n");

        CapturedRun one = CapturedRun.of("train", alone, "--output", temp.resolve("alone"));
        CapturedRun two = CapturedRun.of("train", distributed, "--output", temp.resolve("distributed"));

        assertEquals(ExitCode.OK.code(), one.exitCode(), one::toString);
        assertEquals(ExitCode.OK.code(), two.exitCode(), two::toString);
        String expected = training(XorExperiment.runIn(temp.resolve("alone")));
        assertEquals(expected, training(XorExperiment.runIn(temp.resolve("distributed"))));
    }

    @Test
    void aFormatThatThrowsIsBlamedOnItsJarBySweepAsByTrain() throws IOException {
        Path jar = new PluginFixture("broken-format.jar")
                .source(
                        "fixture.BrokenFormat",
                        """
                        package fixture;
                        public final class BrokenFormat extends org.deltanet.data.DataFormat {
                            public BrokenFormat() { super("broken", "throws when read", Broken.class); }
                        }
                        """)
                .source(
                        "fixture.Broken",
                        """
                        package fixture;
                        import java.util.List;
                        import org.deltanet.data.LabeledData;
                        public record Broken(Integer points) implements org.deltanet.data.DataSource {
                            public LabeledData read() { throw new IllegalStateException("the generator is broken"); }
                            public LabeledData read(List<String> classes) { return read(); }
                        }
                        """)
                .service(DataFormat.class, "fixture.BrokenFormat")
                .writeTo(temp.resolve("plugins"));
        Path experiment = Files.writeString(
                temp.resolve("broken.yaml"),
                EXPERIMENT.replace(
                                "{ type: spirals, points: 60, turns: 0.75, noise: 0.01 }",
                                "{ type: broken, points: 1 }")
                        + """
                plugins: [plugins]
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.01, 0.02]
                  metric: training-loss
                """);

        CapturedRun train = CapturedRun.of("train", experiment, "--output", temp.resolve("train"));
        CapturedRun sweep =
                CapturedRun.of("sweep", experiment, "--master", "local[1]", "--output", temp.resolve("sweep"));

        assertEquals(ExitCode.PLUGIN.code(), train.exitCode(), train::toString);
        assertEquals(1, train.messages().size(), train::toString);
        assertTrue(train.messages().get(0).contains(jar.getFileName().toString()), train::toString);
        assertTrue(train.messages().get(0).contains("the generator is broken"), train::toString);
        assertEquals(ExitCode.PLUGIN.code(), sweep.exitCode(), sweep::toString);
        assertEquals(train.messages(), sweep.messages(), "the sweep says what train says");
        assertFalse(sweep.hasStackTrace(), sweep::toString);
        assertFalse(Files.exists(temp.resolve("sweep")), "nothing created");
    }

    /** summary.txt's training line: final loss and accuracy, to four decimals. */
    private static String training(Path run) throws IOException {
        return Files.readAllLines(run.resolve("summary.txt")).stream()
                .filter(line -> line.startsWith("training "))
                .findFirst()
                .orElseThrow();
    }

    /** The final training accuracy summary.txt reports. */
    private static double accuracy(String summary) {
        Matcher found = Pattern.compile("accuracy ([0-9.]+)").matcher(summary);
        assertTrue(found.find(), summary);
        return Double.parseDouble(found.group(1));
    }
}
