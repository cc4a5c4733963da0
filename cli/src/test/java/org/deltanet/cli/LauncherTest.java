package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.deltanet.api.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./deltanet} launcher, run as a user runs it (bash, a separate process), from a copy of
 * the repository's script beside a {@code cli/target/deltanet.jar} without Spark in it, as a
 * {@code -Pspark-provided} build used to leave there.
 */
class LauncherTest {

    @TempDir
    Path temp;

    @Test
    void theLauncherRefusesToSweepWithAJarThatHasNoSpark() throws IOException, InterruptedException {
        Path script = Files.copy(Repository.ROOT.resolve("deltanet"), temp.resolve("deltanet"));
        new PluginFixture("deltanet.jar")
                .source("fixture.Nothing", "package fixture; public class Nothing { }")
                .service(Activation.class, "fixture.Nothing")
                .writeTo(temp.resolve("cli/target"));

        Process process = new ProcessBuilder("bash", script.toString(), "sweep", "examples/iris-sweep.yaml")
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);

        assertEquals(2, process.exitValue(), output);
        assertEquals(
                "deltanet: " + temp.resolve("cli/target/deltanet.jar") + " has no Spark in it (built with"
                        + " -Pspark-provided?), so it cannot run sweep; rebuild it with 'mvn -B -DskipTests -pl cli -am"
                        + " package', or run it with spark-submit",
                output.strip());
    }
}
