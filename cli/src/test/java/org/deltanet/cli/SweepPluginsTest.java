package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deltanet sweep} with plugin jars, on Spark in local mode inside the test JVM: the example
 * plugins of {@code examples/swish-xor.yaml} reach the executors (whose copies of the jars are the
 * same jars, not rivals), and two different jars claiming one name are a conflict that names both
 * and that {@code --prefer} settles.
 */
class SweepPluginsTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void noSparkWebUi() {
        System.setProperty("spark.ui.enabled", "false");
    }

    /** examples/swish-xor.yaml with a sweep section, beside the two example jars at the paths it names. */
    private Path swishXorSweep() throws IOException {
        Fixtures.example("swish").writeTo(temp.resolve("plugins/swish/target"));
        Fixtures.example("rmsprop").writeTo(temp.resolve("plugins/rmsprop/target"));
        return Files.writeString(
                temp.resolve("swish-xor.yaml"),
                Files.readString(Repository.EXAMPLES.resolve("swish-xor.yaml"))
                        + """
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.01, 0.03]
                  metric: training-accuracy
                """);
    }

    /** {@code deltanet sweep FILE} in local mode into {@code temp/runs}, with 300 epochs a variant. */
    private CapturedRun sweep(Path file, Object... more) {
        List<Object> args = new ArrayList<>(List.of(
                "sweep",
                file,
                "--master",
                "local[2]",
                "--set",
                "training.epochs=300",
                "--output",
                temp.resolve("runs")));
        args.addAll(List.of(more));
        return CapturedRun.of(args.toArray());
    }

    @Test
    void theSwishXorExampleSweepsWithItsPluginJarsInLocalMode() throws IOException {
        CapturedRun run = sweep(swishXorSweep());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        assertTrue(run.out().contains("deltanet: swish-xor-01 complete: training-accuracy 1.0000"), run::toString);
        assertTrue(run.out().contains("deltanet: swish-xor-02 complete: training-accuracy 1.0000"), run::toString);
        assertFalse(run.out().contains("two activations"), run::toString);
    }

    @Test
    void twoDifferentJarsWithOneNameAreAConflictNamingBothUntilOneIsPreferred() throws IOException {
        Path file = swishXorSweep();
        Path rival = Fixtures.activation(
                        "fake-swish.jar",
                        "FakeSwish",
                        "swish",
                        """
                    public double value(double z) { return z; }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .service(org.deltanet.api.Activation.class, "fixture.FakeSwish")
                .writeTo(temp.resolve("more"));

        CapturedRun conflict = sweep(file, "--plugins", temp.resolve("more"));
        boolean started = Files.exists(temp.resolve("runs"));
        CapturedRun preferred = sweep(file, "--plugins", temp.resolve("more"), "--prefer", "swish.jar");

        assertEquals(ExitCode.PLUGIN.code(), conflict.exitCode(), conflict::toString);
        assertEquals(1, conflict.errLines().size(), conflict::toString);
        Path swish = temp.resolve("plugins/swish/target/swish.jar");
        assertTrue(conflict.err().startsWith("deltanet: two activations are named 'swish': "), conflict::toString);
        assertTrue(
                conflict.err().contains(" from " + swish) && conflict.err().contains(" from " + rival),
                conflict::toString);
        assertTrue(
                conflict.err().contains("choose one with --prefer swish.jar (or --prefer fake-swish.jar)")
                        || conflict.err().contains("choose one with --prefer fake-swish.jar (or --prefer swish.jar)"),
                conflict::toString);
        assertFalse(started, "a conflict stops the sweep before its directory");
        assertEquals(ExitCode.OK.code(), preferred.exitCode(), preferred::toString);
        assertTrue(preferred.out().contains("swish-xor-01 complete: training-accuracy 1.0000"), preferred::toString);
    }
}
