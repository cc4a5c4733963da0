package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run records about what produced it: its experiment.yaml lists the plugin jars actually
 * used, even when they came from {@code --plugins} (so that training the file again loads them),
 * with their version and SHA-256, the {@code --prefer} choices and the initial model's SHA-256.
 */
class ProvenanceTest {

    @TempDir
    Path temp;

    @Test
    void theRunsExperimentFileNamesTheJarsFromPluginsAndTrainsAgainWithoutThem() throws IOException {
        Path swish = Fixtures.example("swish").version("1.0.0").writeTo(temp.resolve("jars"));
        Path experiment = XorExperiment.write(temp, "{ name: swish, beta: 1.5 }", "sgd", 20);

        CapturedRun first = CapturedRun.of(
                "train",
                experiment,
                "--plugins",
                temp.resolve("jars"),
                "--prefer",
                "swish.jar",
                "--output",
                temp.resolve("runs"));
        Path recorded = first.runDirectory().resolve("experiment.yaml");
        CapturedRun again = CapturedRun.of("train", recorded, "--output", temp.resolve("again"));

        assertEquals(ExitCode.OK.code(), first.exitCode(), first::toString);
        String text = Files.readString(recorded);
        assertTrue(text.contains("# plugin jar " + swish + "  version 1.0.0  sha256 " + sha256(swish) + "\n"), text);
        assertTrue(text.contains("# trained with --prefer swish.jar"), text);
        assertTrue(
                text.contains("plugins:\n- \"" + swish + "\"")
                        || text.contains("plugins:\n- " + swish)
                        || text.contains("plugins: [\"" + swish + "\"]")
                        || text.contains("plugins: [" + swish + "]"),
                text);
        assertEquals(ExitCode.OK.code(), again.exitCode(), again::toString);
    }

    @Test
    void theRunsExperimentFileRecordsTheInitialModelWithItsSha256() throws IOException {
        Path experiment = XorExperiment.write(temp, "tanh", "sgd", 5);
        Path model = CapturedRun.successful("train", experiment, "--output", temp.resolve("first"))
                .runDirectory()
                .resolve("model.yaml");

        CapturedRun second = CapturedRun.successful(
                "train", experiment, "--initial-model", model, "--output", temp.resolve("second"));

        String text = Files.readString(second.runDirectory().resolve("experiment.yaml"));
        assertTrue(text.contains("# trained with --initial-model " + model + "  sha256 " + sha256(model)), text);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
