package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run records about what produced it, as keys of its experiment.yaml that training the file
 * again reads back: the plugin jars actually used (even from {@code --plugins}) with their version
 * and SHA-256, the {@code --prefer} choices, and the initial model with its SHA-256. A recorded jar
 * or model that is missing, or has other bytes, is an error naming it and the hashes.
 */
class ProvenanceTest {

    @TempDir
    Path temp;

    @Test
    void theRunsExperimentFileRecordsTheJarsFromPluginsAndTrainsAgainWithThemAlone() throws IOException {
        Path swish = Fixtures.example("swish").version("1.0.0").writeTo(temp.resolve("jars"));
        Path recorded = trainWithSwish(swish);

        CapturedRun again = CapturedRun.of("train", recorded, "--output", temp.resolve("again"));

        String text = Files.readString(recorded);
        assertTrue(
                text.contains("  plugin-jars:\n  - path: " + swish + "\n    version: 1.0.0\n    sha256: "
                        + sha256(swish) + "\n"),
                text);
        assertTrue(text.contains("  prefer:\n  - swish.jar\n"), text);
        assertTrue(text.contains("plugins:\n- " + swish + "\n"), text);
        assertTrue(text.contains("provenance:\n  deltanet: "), text);
        assertEquals(ExitCode.OK.code(), again.exitCode(), again::toString);
        String againText = Files.readString(again.runDirectory().resolve("experiment.yaml"));
        assertEquals(
                text.replace(temp.resolve("runs").toString(), ""),
                againText.replace(temp.resolve("again").toString(), ""));
    }

    @Test
    void aRecordedJarThatIsMissingIsNamedWithItsHash() throws IOException {
        Path swish = Fixtures.example("swish").version("1.0.0").writeTo(temp.resolve("jars"));
        Path recorded = trainWithSwish(swish);
        String hash = sha256(swish);
        Files.delete(swish);

        CapturedRun again = CapturedRun.of("train", recorded, "--output", temp.resolve("again"));

        BadInputTest.assertOneMessage(
                again,
                ExitCode.CONFIG,
                List.of(
                        recorded.toString(),
                        "provenance.plugin-jars[0]: the run used the plugin jar " + swish
                                + " (version 1.0.0) with sha256 "
                                + hash + ", which is missing; put that file back at that path, or delete the"
                                + " 'provenance.plugin-jars[0]' entry"));
        assertFalse(Files.exists(temp.resolve("again")), "no run directory");
    }

    @Test
    void aRecordedJarWithOtherBytesIsAnErrorNamingBothHashes() throws IOException {
        Path swish = Fixtures.example("swish").version("1.0.0").writeTo(temp.resolve("jars"));
        Path recorded = trainWithSwish(swish);
        String hash = sha256(swish);
        Path rebuilt = Fixtures.example("swish").version("1.0.1").writeTo(temp.resolve("jars"));

        CapturedRun again = CapturedRun.of("train", recorded, "--output", temp.resolve("again"));

        BadInputTest.assertOneMessage(
                again,
                ExitCode.CONFIG,
                List.of(
                        "provenance.plugin-jars[0]: the run used the plugin jar " + swish,
                        " with sha256 " + hash,
                        "but that file now has sha256 " + sha256(rebuilt)));
    }

    /** The recorded --prefer decides a conflict again when the conflicting jar is loaded again. */
    @Test
    void theRecordedPreferenceDecidesTheConflictAgain() throws IOException {
        Path swish = Fixtures.example("swish").version("1.0.0").writeTo(temp.resolve("jars"));
        Path rival = Fixtures.activation(
                        "rival-swish.jar",
                        "RivalSwish",
                        "swish",
                        """
                    public double value(double z) { return z; }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .service(org.deltanet.api.Activation.class, "fixture.RivalSwish")
                .writeTo(temp.resolve("rival"));
        Path experiment = XorExperiment.write(temp, "{ name: swish }", "sgd", 5);
        CapturedRun conflict = CapturedRun.of(
                "train", experiment, "--plugins", swish, "--plugins", rival, "--output", temp.resolve("none"));
        assertEquals(ExitCode.PLUGIN.code(), conflict.exitCode(), conflict::toString);
        Path recorded = CapturedRun.successful(
                        "train",
                        experiment,
                        "--plugins",
                        swish,
                        "--plugins",
                        rival,
                        "--prefer",
                        "swish.jar",
                        "--output",
                        temp.resolve("runs"))
                .runDirectory()
                .resolve("experiment.yaml");

        CapturedRun again = CapturedRun.of("train", recorded, "--plugins", rival, "--output", temp.resolve("again"));

        assertEquals(ExitCode.OK.code(), again.exitCode(), again::toString);
    }

    @Test
    void theRecordedInitialModelIsUsedAndChecked() throws IOException {
        Path experiment = XorExperiment.write(temp, "tanh", "sgd", 5);
        Path model = CapturedRun.successful("train", experiment, "--output", temp.resolve("first"))
                .runDirectory()
                .resolve("model.yaml");
        Path recorded = CapturedRun.successful(
                        "train", experiment, "--initial-model", model, "--output", temp.resolve("second"))
                .runDirectory()
                .resolve("experiment.yaml");
        String text = Files.readString(recorded);
        assertTrue(
                text.contains("  initial-model:\n    path: " + model + "\n    sha256: " + sha256(model) + "\n"), text);

        Path third = CapturedRun.successful("train", recorded, "--output", temp.resolve("third"))
                .runDirectory();
        assertEquals(
                Files.readString(temp.resolve("second")
                                .resolve(recorded.getParent().getFileName())
                                .resolve("model.yaml"))
                        .replaceAll("(?s)command: .*?\n  experiment:", ""),
                Files.readString(third.resolve("model.yaml")).replaceAll("(?s)command: .*?\n  experiment:", ""),
                "the same start, the same training: the same model");

        Files.writeString(model, Files.readString(model) + "# edited\n");
        BadInputTest.assertOneMessage(
                CapturedRun.of("train", recorded, "--output", temp.resolve("fourth")),
                ExitCode.CONFIG,
                List.of(
                        "provenance.initial-model: the run used the initial model " + model + " with sha256 ",
                        "but that file now has sha256 " + sha256(model)));
    }

    @Test
    void aRunDirectoryAsInitialModelIsRecordedAsItsModelFile() throws IOException {
        Path experiment = XorExperiment.write(temp, "tanh", "sgd", 5);
        Path first = CapturedRun.successful("train", experiment, "--output", temp.resolve("first"))
                .runDirectory();
        Path model = first.resolve("model.yaml");
        String recorded = Files.readString(CapturedRun.successful(
                        "train", experiment, "--initial-model", first, "--output", temp.resolve("second"))
                .runDirectory()
                .resolve("experiment.yaml"));
        assertTrue(
                recorded.contains("  initial-model:\n    path: " + model + "\n    sha256: " + sha256(model) + "\n"),
                recorded);
    }

    private Path trainWithSwish(Path swish) throws IOException {
        Path experiment = XorExperiment.write(temp, "{ name: swish, beta: 1.5 }", "sgd", 20);
        return CapturedRun.successful(
                        "train",
                        experiment,
                        "--plugins",
                        temp.resolve("jars"),
                        "--prefer",
                        "swish.jar",
                        "--output",
                        temp.resolve("runs"))
                .runDirectory()
                .resolve("experiment.yaml");
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
