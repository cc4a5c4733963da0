package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data format from a plugin jar, end to end: the example {@code spirals} jar, named by the
 * experiment's {@code plugins:} or found in {@code --plugins}, is chosen by {@code type: spirals}
 * as a built-in format is; its keys are checked on the tree with line and column; the run's
 * experiment.yaml writes it back as {@code type: spirals}; evaluate reads it with {@code --source}.
 */
class DataFormatJarsTest {

    private static final String EXPERIMENT =
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

    /** The final training accuracy summary.txt reports. */
    private static double accuracy(String summary) {
        Matcher found = Pattern.compile("accuracy ([0-9.]+)").matcher(summary);
        assertTrue(found.find(), summary);
        return Double.parseDouble(found.group(1));
    }
}
