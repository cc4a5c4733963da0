package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} on a plugin that breaks its contract: the failing property, its counterexample and seed. */
class VerifyCommandTest {

    @TempDir
    Path temp;

    @Test
    void aWrongDerivativeFailsWithTheSmallestCounterexampleAndExitCode7() throws IOException {
        Path jar = Fixtures.wrongTanh().writeTo(temp);

        CapturedRun run = CapturedRun.of("verify", jar.toString());

        assertEquals(ExitCode.VERIFY_FAILED.code(), run.exitCode(), run::toString);
        assertTrue(run.out().contains(jar + " (version 0.0.1-broken)"), run::toString);
        assertTrue(
                run.out().contains("    FAIL  wrong-tanh: backward is the vector-Jacobian product of forward\n"),
                run::toString);
        assertTrue(run.out().contains("        Smallest failing case: rows=1, cols=1, z="), run::toString);
        assertTrue(
                run.out()
                        .contains("        Problem: dL/dz = backward(z, f(z), dL/da) at index 0 (row 0, col 0): "
                                + "analytic "),
                run::toString);
        assertTrue(run.out().contains(", numeric "), run::toString);
        assertTrue(run.out().contains(" (replay with --seed "), run::toString);
        assertTrue(run.out().contains("    pass  wrong-tanh: rows are independent"), run::toString);
        assertTrue(run.out().contains("1 failed"), run::toString);
    }

    @Test
    void theSeedAFailureNamesReplaysTheSameCounterexample() throws IOException {
        Path jar = Fixtures.wrongTanh().writeTo(temp);
        CapturedRun first = CapturedRun.of("verify", jar.toString());
        Matcher seed = Pattern.compile("seed (-?\\d+)").matcher(first.out());
        assertTrue(seed.find(), first::toString);

        CapturedRun replay = CapturedRun.of("verify", "--seed", seed.group(1), jar.toString());

        assertEquals(counterexample(first.out()), counterexample(replay.out()));
    }

    private static String counterexample(String out) {
        Matcher matcher = Pattern.compile("Smallest failing case: .*").matcher(out);
        assertTrue(matcher.find(), out);
        return matcher.group();
    }

    @Test
    void aFolderWithoutJarsIsAUsageErrorNotAnEmptyPass() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        CapturedRun run = CapturedRun.of("verify", empty.toString());

        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run::toString);
        assertTrue(
                run.err().startsWith("deltanet: nothing to verify: " + empty + " holds no .jar files"), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void aJarWithoutPluginsFailsVerification() throws IOException {
        Path jar = new PluginFixture("empty.jar").writeTo(temp);

        CapturedRun run = CapturedRun.of("verify", jar.toString());

        assertEquals(ExitCode.VERIFY_FAILED.code(), run.exitCode(), run::toString);
        assertTrue(run.out().contains("FAIL  no deltanet plugins in this jar"), run::toString);
    }
}
