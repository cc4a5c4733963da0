package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the {@code deltanet} command in this JVM, through {@link Main#run}, with what it
 * printed on standard output and standard error.
 *
 * @param exitCode what {@link Main#run} returned
 * @param out      standard output
 * @param err      standard error
 */
record CapturedRun(int exitCode, String out, String err) {

    private static final Pattern RUN_DIRECTORY = Pattern.compile("deltanet: (?:run directory|done; results in) (.+)");
    private static final Pattern TEST_LINE = Pattern.compile("(?m)^test: loss (\\S+)  accuracy (\\S+)");

    /**
     * The test set's metrics as {@code train} printed them.
     *
     * @param loss     the loss, as printed
     * @param accuracy the accuracy, as printed
     */
    record TestMetrics(String loss, String accuracy) {}

    /** Runs the command with standard output and error captured; arguments are written with {@code toString}. */
    static CapturedRun of(Object... args) {
        String[] arguments = Arrays.stream(args).map(Object::toString).toArray(String[]::new);
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(arguments);
            return new CapturedRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** Runs a command that must succeed, and fails the test with what it printed otherwise. */
    static CapturedRun successful(Object... args) {
        CapturedRun run = of(args);
        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        return run;
    }

    /** The lines of standard error. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** The lines of standard error that are messages: those starting with {@code deltanet: }. */
    List<String> messages() {
        return err.lines().filter(line -> line.startsWith("deltanet: ")).toList();
    }

    /** Whether standard error holds stack trace frames. */
    boolean hasStackTrace() {
        return err.contains("\tat ");
    }

    /** The run directory {@code train} printed. */
    Path runDirectory() {
        Matcher matcher = RUN_DIRECTORY.matcher(out);
        Path run = null;
        while (matcher.find()) {
            run = Path.of(matcher.group(1).strip());
        }
        assertNotNull(run, () -> "no run directory printed:\n" + this);
        return run;
    }

    /** The loss and accuracy of the {@code test: loss L  accuracy A  macro F1 ...} line {@code train} printed. */
    TestMetrics testMetrics() {
        Matcher matcher = TEST_LINE.matcher(out);
        assertTrue(matcher.find(), () -> "no test metrics printed:\n" + this);
        return new TestMetrics(matcher.group(1), matcher.group(2));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
