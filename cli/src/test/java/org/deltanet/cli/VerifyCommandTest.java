package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deltanet.data.DataFormat;
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

    @Test
    void theExampleDataFormatPassesTheDataFormatProperties() throws IOException {
        Path jar = Fixtures.example("spirals").writeTo(temp);

        CapturedRun run = CapturedRun.of("verify", jar.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        assertTrue(
                run.out()
                        .contains("  data format spirals (org.deltanet.examples.spirals.SpiralsFormat)\n"
                                + "    pass  spirals: a section of only its type reads 200 examples\n"
                                + "    pass  spirals: every example is finite, its targets one-hot over [a, b]\n"
                                + "    pass  spirals: the float gather gives (float) of the double gather\n"),
                run::toString);
        assertTrue(run.out().endsWith("3 properties: 3 passed, 0 failed\n"), run::toString);
    }

    @Test
    void aFloatGatherThatIsNotTheRoundedDoubleOneFailsWithTheExampleAndExitCode7() throws IOException {
        Path jar = dataFormatReading(
                "skewed",
                """
                        new Dataset() {
                            public int size() { return 10; }
                            public int featureCount() { return 1; }
                            public int targetCount() { return 2; }
                            public void gather(int[] order, int from, int count, double[] f, double[] t) {
                                for (int i = 0; i < count; i++) {
                                    int e = order[from + i];
                                    f[i] = e / 3.0;
                                    t[2 * i] = e % 2;
                                    t[2 * i + 1] = 1 - e % 2;
                                }
                            }
                            public void gather(int[] order, int from, int count, float[] f, float[] t) {
                                for (int i = 0; i < count; i++) {
                                    int e = order[from + i];
                                    f[i] = (float) (e / 3.0) + (e == 7 ? 1e-3f : 0f);
                                    t[2 * i] = e % 2;
                                    t[2 * i + 1] = 1 - e % 2;
                                }
                            }
                        }, List.of("even", "odd")""");

        CapturedRun run = CapturedRun.of("verify", jar.toString());

        assertEquals(ExitCode.VERIFY_FAILED.code(), run.exitCode(), run::toString);
        assertTrue(
                run.out().contains("    pass  skewed: every example is finite, its targets one-hot over [even, odd]"),
                run::toString);
        assertTrue(
                run.out().contains("    FAIL  skewed: the float gather gives (float) of the double gather\n"),
                run::toString);
        assertTrue(run.out().contains("example 7, feature 0: double gather 2.33"), run::toString);
    }

    @Test
    void aFormatWhoseSectionNeedsAFileIsSkippedWithItsReason() throws IOException {
        Path jar = dataFormat(
                "needs-file",
                """
                public record Source(String file) implements org.deltanet.data.DataSource {
                    public Source {
                        if (file == null) throw new IllegalArgumentException("'file' is required");
                    }
                    public LabeledData read() { throw new IllegalStateException("not read"); }
                    public LabeledData read(List<String> classes) { return read(); }
                }
                """);

        CapturedRun run = CapturedRun.of("verify", jar.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        assertTrue(run.out().contains("    skip  needs-file: a section of only its type reads\n"), run::toString);
        assertTrue(run.out().contains("its section needs keys: "), run::toString);
        assertTrue(run.out().contains("'file' is required"), run::toString);
    }

    @Test
    void aFormatThatReadsNoExamplesFailsSaying() throws IOException {
        Path jar = dataFormatReading(
                "empty",
                """
                        new Dataset() {
                            public int size() { return 0; }
                            public int featureCount() { return 1; }
                            public int targetCount() { return 1; }
                            public void gather(int[] order, int from, int count, double[] f, double[] t) {}
                        }, List.of()""");

        CapturedRun run = CapturedRun.of("verify", jar.toString());

        assertEquals(ExitCode.VERIFY_FAILED.code(), run.exitCode(), run::toString);
        assertTrue(
                run.out()
                        .contains("    FAIL  empty: a section of only its type reads examples\n"
                                + "        it read no examples\n"),
                run::toString);
    }

    /** A jar with one data format named {@code name} whose {@code read()} is {@code new LabeledData(ARGUMENTS)}. */
    private Path dataFormatReading(String name, String arguments) throws IOException {
        return dataFormat(
                name,
                """
                public record Source(Integer unused) implements org.deltanet.data.DataSource {
                    public LabeledData read() { return new LabeledData(%s); }
                    public LabeledData read(List<String> classes) { return read(); }
                }
                """
                        .formatted(arguments));
    }

    /** A jar with one data format named {@code name} whose record is {@code source} (class fixture.Source). */
    private Path dataFormat(String name, String source) throws IOException {
        return new PluginFixture(name + ".jar")
                .source(
                        "fixture.Format",
                        """
                        package fixture;
                        public final class Format extends org.deltanet.data.DataFormat {
                            public Format() { super("%s", "a fixture", Source.class); }
                        }
                        """
                                .formatted(name))
                .source(
                        "fixture.Source",
                        """
                        package fixture;
                        import java.util.List;
                        import org.deltanet.data.LabeledData;
                        import org.deltanet.engine.data.Dataset;
                        """
                                + source)
                .service(DataFormat.class, "fixture.Format")
                .writeTo(temp);
    }
}
