package org.deltanet.rundir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a run directory's {@code STATUS} file says, on one line: {@code running (pid 1234)},
 * {@code complete}, {@code failed: <reason>}, or {@code interrupted at epoch 3, step 12; resume
 * with: deltanet train --resume DIR}.
 *
 * <p>A run killed outright (SIGKILL, a power cut) cannot update its file and keeps
 * {@code running (pid N)}; {@link RunDirectory#status()} then finds the process gone and reports
 * {@link State#GONE}, so only a live run reads as running and only a run that finished and wrote
 * all its files ever reads {@code complete}.
 *
 * @param state  the state
 * @param reason one line: why it failed, where it was interrupted, {@code pid N} of a running
 *               run (null where unknown), or which process is gone; null for a complete run
 */
public record RunStatus(State state, String reason) {

    /** The states a run can be in. */
    public enum State {
        /** Created or resumed and not finished. */
        RUNNING,
        /** Finished, every file written. */
        COMPLETE,
        /** Ended by an error. */
        FAILED,
        /** Stopped by SIGINT or SIGTERM after writing a checkpoint; resumable. */
        INTERRUPTED,
        /** Says running, but its process is gone (killed); resumable from its newest checkpoint. */
        GONE
    }

    private static final String RUNNING_TEXT = "running";
    private static final String COMPLETE_TEXT = "complete";
    private static final String FAILED_PREFIX = "failed:";
    private static final String INTERRUPTED_PREFIX = "interrupted";
    private static final String GONE_PREFIX = "stopped:";
    private static final Pattern PID = Pattern.compile("running \\(pid (\\d+)\\)");

    public RunStatus {
        Objects.requireNonNull(state, "state");
        if (state == State.FAILED || state == State.INTERRUPTED || state == State.GONE) {
            reason = oneLine(reason);
        } else if (state == State.COMPLETE && reason != null) {
            throw new IllegalArgumentException("a complete run has no reason");
        }
    }

    /** Running in this process. */
    public static RunStatus running() {
        return new RunStatus(State.RUNNING, "pid " + ProcessHandle.current().pid());
    }

    public static RunStatus complete() {
        return new RunStatus(State.COMPLETE, null);
    }

    /** A failure; line breaks in the reason become spaces, a missing reason says so. */
    public static RunStatus failed(String reason) {
        return new RunStatus(State.FAILED, reason);
    }

    /** Interrupted: {@code where} is e.g. {@code at epoch 3, step 12; resume with: deltanet train --resume DIR}. */
    public static RunStatus interrupted(String where) {
        return new RunStatus(State.INTERRUPTED, where);
    }

    /**
     * Reads the text of a {@code STATUS} file.
     *
     * @throws IllegalArgumentException if it is none of the forms
     */
    public static RunStatus parse(String text) {
        String line = text.strip();
        if (line.equals(RUNNING_TEXT)) {
            return new RunStatus(State.RUNNING, null);
        }
        Matcher pid = PID.matcher(line);
        if (pid.matches()) {
            return new RunStatus(State.RUNNING, "pid " + pid.group(1));
        }
        if (line.equals(COMPLETE_TEXT)) {
            return complete();
        }
        if (line.startsWith(FAILED_PREFIX)) {
            return failed(line.substring(FAILED_PREFIX.length()));
        }
        if (line.startsWith(INTERRUPTED_PREFIX)) {
            return interrupted(line.substring(INTERRUPTED_PREFIX.length()));
        }
        if (line.startsWith(GONE_PREFIX)) {
            return new RunStatus(State.GONE, line.substring(GONE_PREFIX.length()));
        }
        throw new IllegalArgumentException(
                "unknown run status '" + line + "'; expected running, complete, failed: <reason> or interrupted ...");
    }

    /**
     * This status as it stands now: a running one whose process is gone becomes {@link State#GONE}.
     *
     * @param directory the run (or sweep) directory, for the resume hint: {@code deltanet train
     *                  --resume}, or {@code deltanet sweep --resume} for a sweep's
     */
    public RunStatus checked(Path directory) {
        if (state != State.RUNNING || reason == null) {
            return this;
        }
        long pid = Long.parseLong(reason.substring("pid ".length()));
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive
                ? this
                : new RunStatus(
                        State.GONE,
                        "the process (pid " + pid + ") is gone without finishing;"
                                + " resume with: deltanet " + (isSweep(directory) ? "sweep" : "train")
                                + " --resume " + directory);
    }

    /**
     * Whether {@code directory} is a sweep's: its {@code experiment.yaml}, as {@code sweep} writes
     * it, has a top-level {@code sweep:} section (a run's never has).
     */
    private static boolean isSweep(Path directory) {
        try (Stream<String> lines = Files.lines(directory.resolve("experiment.yaml"))) {
            return lines.anyMatch(line -> line.startsWith("sweep:"));
        } catch (IOException | UncheckedIOException unreadable) {
            return false;
        }
    }

    public boolean isComplete() {
        return state == State.COMPLETE;
    }

    /** The {@code STATUS} file's text, e.g. {@code running (pid 1234)} or {@code failed: <reason>}. */
    @Override
    public String toString() {
        return switch (state) {
            case RUNNING -> reason == null ? RUNNING_TEXT : RUNNING_TEXT + " (" + reason + ")";
            case COMPLETE -> COMPLETE_TEXT;
            case FAILED -> FAILED_PREFIX + " " + reason;
            case INTERRUPTED -> INTERRUPTED_PREFIX + " " + reason;
            case GONE -> GONE_PREFIX + " " + reason;
        };
    }

    private static String oneLine(String reason) {
        String line =
                reason == null ? "" : reason.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.isEmpty() ? "no reason given" : line;
    }
}
