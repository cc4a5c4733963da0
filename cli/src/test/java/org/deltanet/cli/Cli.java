package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the {@code deltanet} command in this JVM, through {@link Main#run}, with what it
 * printed on standard output and standard error.
 *
 * @param exitCode what the process would exit with
 * @param out      standard output
 * @param err      standard error
 */
record Cli(int exitCode, String out, String err) {

    /** The repository's root, from the module's working directory. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** The examples folder. */
    static final Path EXAMPLES = REPOSITORY.resolve("examples");

    /** The data shared beside the repository (MNIST, iris); tests that need it skip without it. */
    static final Path SHARED_DATA = REPOSITORY.resolveSibling("shared").resolve("data");

    private static final Pattern RUN_DIRECTORY = Pattern.compile("deltanet: (?:run directory|done; results in) (.+)");
    private static final Pattern TEST_LINE = Pattern.compile("(?m)^test: loss (\\S+)  accuracy (\\S+)$");

    /**
     * The test set's metrics as {@code train} printed them.
     *
     * @param loss     the loss, as printed
     * @param accuracy the accuracy, as printed
     */
    record TestMetrics(String loss, String accuracy) {
    }

    /** Runs {@code deltanet args...} with standard output and error captured. */
    static Cli run(Object... args) {
        String[] arguments = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            arguments[i] = args[i].toString();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int code;
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            code = Main.run(arguments);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed, and fails the test with its error output otherwise. */
    static Cli succeed(Object... args) {
        Cli cli = run(args);
        assertEquals(0, cli.exitCode(), () -> "deltanet " + List.of(args) + " failed:\n" + cli.err());
        return cli;
    }

    /** The run directory {@code train} printed. */
    Path runDirectory() {
        Matcher matcher = RUN_DIRECTORY.matcher(out);
        Path run = null;
        while (matcher.find()) {
            run = Path.of(matcher.group(1).strip());
        }
        assertNotNull(run, () -> "no run directory printed:\n" + out);
        return run;
    }

    /** The {@code test: loss L  accuracy A} line {@code train} printed. */
    TestMetrics testMetrics() {
        Matcher matcher = TEST_LINE.matcher(out);
        assertTrue(matcher.find(), () -> "no test metrics printed:\n" + out);
        return new TestMetrics(matcher.group(1), matcher.group(2));
    }

    /** The lines of standard error that start with {@code deltanet: }. */
    List<String> errorLines() {
        return err.lines().filter(line -> line.startsWith("deltanet: ")).toList();
    }

    /** Whether standard error holds stack trace frames. */
    boolean hasStackTrace() {
        return err.contains("\tat ");
    }

    /** Lines of a text file. */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
