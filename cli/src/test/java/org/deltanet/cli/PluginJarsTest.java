package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars end to end: the example jars in a plugins folder, found through their own class
 * loaders, named in an experiment that trains, listed with jar and version, checked by verify;
 * isolation from deltanet's internals; an extension jar's Guice module.
 */
class PluginJarsTest {

    @TempDir
    Path temp;

    @Test
    void theExampleJarsAreNamedInAnExperimentAndTrainXor() throws IOException {
        Fixtures.example("swish").writeTo(temp.resolve("plugins"));
        Fixtures.example("rmsprop").writeTo(temp.resolve("plugins"));
        Path experiment = XorExperiment.write(
                temp, "{ name: swish, beta: 1.5 }", "{ name: rmsprop, learning-rate: 0.01 }", 300, "plugins");

        CapturedRun run = CapturedRun.of(
                "train", experiment.toString(), "--output", temp.resolve("runs").toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        Path directory = XorExperiment.runIn(temp.resolve("runs"));
        assertEquals("complete", XorExperiment.status(directory));
        assertTrue(Files.readString(directory.resolve("summary.txt")).contains("accuracy 1.0000"), run::toString);
        assertTrue(Files.readString(directory.resolve("model.yaml")).contains("swish"));
    }

    @Test
    void theExampleJarsPassVerify() throws IOException {
        Path swish = Fixtures.example("swish").writeTo(temp);
        Path rmsprop = Fixtures.example("rmsprop").writeTo(temp);

        CapturedRun run = CapturedRun.of("verify", swish.toString(), rmsprop.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        assertTrue(run.out().contains("activation swish (org.deltanet.examples.swish.Swish)"), run::toString);
        assertTrue(
                run.out().contains("pass  swish(beta=1): backward is the vector-Jacobian product of forward"),
                run::toString);
        assertTrue(
                run.out()
                        .contains("pass  rmsprop(learning-rate=0.001, decay=0.9, epsilon=1.0E-8): "
                                + "a restored snapshot continues identically"),
                run::toString);
        assertTrue(run.out().contains("13 properties: 13 passed, 0 failed"), run::toString);
        assertFalse(run.out().contains("FAIL"), run::toString);
    }

    @Test
    void theExamplesAreNotOnTheTestClassPathSoOnlyTheirJarsProvideThem() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.deltanet.examples.swish.Swish"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.deltanet.examples.rmsprop.RmsProp"));
    }

    @Test
    void pluginsListsEachJarPluginWithItsJarAndVersion() throws IOException {
        Path folder = temp.resolve("plugins");
        Path probe = Fixtures.probe().version("2.5.0").writeTo(folder);
        Path swish = Fixtures.example("swish").writeTo(folder);

        CapturedRun run = CapturedRun.of("plugins", "--plugins", folder.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        assertTrue(run.out().contains("jar " + probe + ", version 2.5.0"), run::toString);
        assertTrue(run.out().contains("beta = 1  [0, 10]  sharpness of the sigmoid gate"), run::toString);
        assertTrue(run.out().contains("jar " + swish + ", version unknown"), run::toString);
    }

    @Test
    void aPluginSeesTheApiButNeitherTheEngineNorTheLaunchersLibraries() throws IOException {
        Path folder = temp.resolve("plugins");
        Fixtures.probe().writeTo(folder);

        CapturedRun run = CapturedRun.of("plugins", "--plugins", folder.toString());

        assertTrue(run.out().contains("sees api: true, engine: false, jackson: false, picocli: false"), run::toString);
    }

    @Test
    void anExtensionJarSeesGuiceAndTheEngineAndAddsItsListenerToTrainingAndTheWarmUp() throws IOException {
        Path marker = temp.resolve("marker.txt");
        Path experiment = XorExperiment.write(temp, "tanh", "sgd", 2);
        System.setProperty("fixture.marker", marker.toString());
        try {
            Fixtures.markerExtension().writeTo(temp.resolve("extensions"));
            CapturedRun run = CapturedRun.of(
                    "train",
                    experiment.toString(),
                    "--output",
                    temp.resolve("runs").toString(),
                    "--plugins",
                    temp.resolve("extensions").toString());

            assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
            assertEquals(
                    "started after warm-up epochs 1 2 3",
                    Files.readString(marker),
                    "the extension's listener rehearsed on the warm-up's three epochs, then training started");
        } finally {
            System.clearProperty("fixture.marker");
        }
    }
}
