package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite of issue 10: every case of {@link HostileCases} run through the command
 * line in this JVM, each checked for its exit code, exactly one {@code deltanet:} line on standard
 * error saying what is wrong, no stack trace, output of bounded size made of printable characters,
 * a time well under a minute, and what is left on disk.
 */
class HostileInputTest {

    /** Standard error of a failed command: a few lines at most, whatever the input. */
    private static final int MOST_ERROR_CHARACTERS = 4 * TerminalText.LONGEST_LINE;

    private static final int MOST_OUTPUT_CHARACTERS = 20_000;

    @TempDir
    Path dir;

    @AfterEach
    void releaseLocks() {
        HostileCases.releaseLocks();
    }

    static Stream<Hostile> cases() {
        return HostileCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedClearlyInBoundedTimeAndOutput(Hostile hostile) throws IOException {
        for (Map.Entry<String, Hostile.Setup> file : hostile.files.entrySet()) {
            file.getValue().write(dir);
        }
        for (Hostile.Setup setup : hostile.setups) {
            setup.write(dir);
        }
        Set<String> before = listing();
        Object[] args = hostile.args.stream()
                .map(arg -> arg.replace("{dir}", dir.toString()))
                .toArray();

        long started = System.nanoTime();
        CapturedRun cli = CapturedRun.of(args);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(hostile.code.code(), cli.exitCode(), cli::toString);
        List<String> messages = cli.messages();
        assertEquals(1, messages.size(), () -> "one deltanet: line:\n" + cli);
        assertFalse(cli.hasStackTrace(), cli::toString);
        assertTrue(messages.get(0).contains(hostile.expected), () -> "'" + hostile.expected + "' in:\n" + cli);
        assertTrue(
                cli.err().length() <= MOST_ERROR_CHARACTERS,
                () -> "short error: " + cli.err().length() + " chars");
        assertTrue(cli.errLines().size() <= TerminalText.MOST_LINES, () -> "a few lines:\n" + cli);
        assertTrue(
                cli.out().length() <= MOST_OUTPUT_CHARACTERS,
                () -> "bounded output: " + cli.out().length());
        assertTrue(printable(cli.err()) && printable(cli.out()), () -> "no control characters:\n" + cli);
        assertTrue(took.compareTo(hostile.slowest) < 0, () -> "took " + took);
        checkDisk(hostile, before);
    }

    private void checkDisk(Hostile hostile, Set<String> before) throws IOException {
        Set<String> after = listing();
        switch (hostile.disk) {
            case NOTHING_NEW -> assertEquals(before, after, "nothing left behind");
            case FAILED_RUN -> {
                List<Path> runs;
                try (Stream<Path> listed = Files.list(dir.resolve("runs"))) {
                    runs = listed.toList();
                }
                assertEquals(1, runs.size(), runs::toString);
                String status = Files.readString(runs.get(0).resolve("STATUS"));
                assertTrue(status.startsWith("failed: "), status);
            }
            case ANY -> {}
        }
    }

    private Set<String> listing() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(path -> dir.relativize(path).toString()).collect(Collectors.toSet());
        }
    }

    private static boolean printable(String text) {
        return text.chars().allMatch(c -> c == '\n' || c == '\r' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0));
    }
}
