package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.api.Activation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model trained with a plugin jar, used later by {@code predict}, {@code evaluate} and
 * {@code explain}: without the jar the user is told which jar (path, version, SHA-256 from
 * model.yaml) to pass with {@code --plugins}; with other bytes under that name a warning says the
 * SHA-256 differs; and whatever the plugin's code throws ({@code Error}s included) is one line
 * naming the plugin and its jar, exit 6 — in every command, not only in train.
 */
class ModelPluginsTest {

    private static final String IDENTITY =
            """
                public double value(double z) { return z; }
                public double derivative(double z, double a) { return 1.0; }
            """;

    @TempDir
    Path temp;

    Path jar;
    Path model;
    Path inputs;

    @BeforeEach
    void trainWithAPluginJar() throws IOException {
        jar = wobbly(IDENTITY, "1.0.0");
        Path experiment = XorExperiment.write(temp, "wobbly", "sgd", 3);
        model = CapturedRun.successful("train", experiment, "--plugins", jar, "--output", temp.resolve("runs"))
                .runDirectory()
                .resolve("model.yaml");
        inputs = Files.writeString(temp.resolve("xor.csv"), "x1,x2,y\n0,1,1\n1,1,0\n");
    }

    @Test
    void modelYamlRecordsThePluginsJarWithItsSha256() throws IOException {
        String text = Files.readString(model);

        assertTrue(
                text.contains("  - kind: activation\n    name: wobbly\n    jar: " + jar + "\n    version: 1.0.0\n"
                        + "    sha256: " + ProvenanceTest.sha256(jar) + "\n"),
                text);
        assertTrue(text.contains("  seed: 7\n"), text);
        assertTrue(text.contains("  epoch: 3\n"), text);
    }

    @Test
    void predictWithoutTheJarNamesItsPathVersionAndSha256AndSaysToPassPlugins() throws IOException {
        String hash = ProvenanceTest.sha256(jar);

        for (CapturedRun run : List.of(predict(), evaluate())) {
            BadInputTest.assertOneMessage(
                    run,
                    ExitCode.CONFIG,
                    List.of(
                            model.toString(),
                            "layer 1: the activation 'wobbly' is not installed; the model was trained with it from "
                                    + jar + " (version 1.0.0, sha256 " + hash + "): pass that jar with --plugins "
                                    + jar));
        }
    }

    @Test
    void aJarOfTheSameNameWithOtherBytesGetsAWarningThatTheSha256Differs() throws IOException {
        String trained = ProvenanceTest.sha256(jar);
        Path rebuilt = wobbly(IDENTITY, "1.0.1");

        for (CapturedRun run : List.of(predict("--plugins", rebuilt), evaluate("--plugins", rebuilt))) {
            assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            assertTrue(
                    run.err()
                            .startsWith(
                                    "deltanet: warning: " + model + " was trained with the activation 'wobbly' from "
                                            + jar + " (version 1.0.0, sha256 " + trained
                                            + "), but the installed one comes from "
                                            + rebuilt + " (sha256 " + ProvenanceTest.sha256(rebuilt)
                                            + "): the SHA-256 differs"),
                    run::toString);
        }
        Path copy =
                Files.copy(jar, Files.createDirectories(temp.resolve("copy")).resolve("wobbly.jar"));
        CapturedRun same = predict("--plugins", copy);
        assertEquals(List.of(), same.errLines(), "the same bytes: no warning");
    }

    @Test
    void anErrorThrownByThePluginInPredictOrEvaluateIsOneLineExitSix() throws IOException {
        Path throwing = wobbly(
                """
                    public double value(double z) { throw new AssertionError("wobbled"); }
                    public double derivative(double z, double a) { return 1.0; }
                """,
                "1.0.0");

        for (CapturedRun run : List.of(predict("--plugins", throwing), evaluate("--plugins", throwing))) {
            assertPluginFailure(
                    run,
                    "the activation 'wobbly' from " + throwing
                            + " failed: AssertionError: wobbled (at fixture.Wobbly.value(");
        }
    }

    @Test
    void aStackOverflowInExplainIsOneLineExitSix() throws IOException {
        Path bottomless = Fixtures.bottomless().writeTo(temp.resolve("bottomless"));
        Path experiment = XorExperiment.write(Files.createDirectories(temp.resolve("explain")), "bottomless", "sgd", 1);

        CapturedRun run = CapturedRun.of("explain", experiment, "--plugins", bottomless);

        assertPluginFailure(
                run,
                "the activation 'bottomless' from " + bottomless
                        + " failed: StackOverflowError (at fixture.Bottomless.value(");
    }

    /**
     * verify runs the plugin's code on purpose: an Error there fails the law it broke (exit 7), named
     * under the jar's heading, with no stack trace; what escapes the laws is blamed as everywhere.
     */
    @Test
    void aStackOverflowInVerifyFailsTheLawsUnderTheJarsHeading() throws IOException {
        Path bottomless = Fixtures.bottomless().writeTo(temp.resolve("bottomless"));

        CapturedRun run = CapturedRun.of("verify", bottomless);

        assertEquals(ExitCode.VERIFY_FAILED.code(), run.exitCode(), run::toString);
        assertFalse(run.hasStackTrace(), run::toString);
        assertTrue(run.out().startsWith(bottomless + " (version unknown)\n  activation bottomless"), run::toString);
        assertTrue(run.out().contains("Problem: java.lang.StackOverflowError"), run::toString);
    }

    private static void assertPluginFailure(CapturedRun run, String message) {
        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertFalse(run.hasStackTrace(), run::toString);
        List<String> failures = run.messages().stream()
                .filter(line -> !line.startsWith("deltanet: warning: "))
                .toList();
        assertEquals(1, failures.size(), run::toString);
        assertTrue(failures.get(0).startsWith("deltanet: " + message), run::toString);
    }

    /** {@code wobbly.jar} in a folder of its own, with an activation 'wobbly' of the given members. */
    private Path wobbly(String members, String version) throws IOException {
        Path folder = Files.createTempDirectory(temp, "wobbly");
        return Fixtures.activation("wobbly.jar", "Wobbly", "wobbly", members)
                .service(Activation.class, "fixture.Wobbly")
                .version(version)
                .writeTo(folder);
    }

    private CapturedRun predict(Object... more) {
        return CapturedRun.of(concat(List.of("predict", model, "--input", inputs, "--ignore", "y"), more));
    }

    private CapturedRun evaluate(Object... more) {
        return CapturedRun.of(concat(List.of("evaluate", model, "--data", inputs, "--label", "y"), more));
    }

    private static Object[] concat(List<Object> first, Object[] more) {
        Object[] all = new Object[first.size() + more.length];
        for (int i = 0; i < first.size(); i++) {
            all[i] = first.get(i);
        }
        System.arraycopy(more, 0, all, first.size(), more.length);
        return all;
    }
}
