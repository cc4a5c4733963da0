package org.deltanet.rundir;

import java.util.Objects;

/**
 * What a run directory's {@code STATUS} file says: {@code running}, {@code complete}, or
 * {@code failed: <reason>} on one line.
 *
 * <p>A run that was killed keeps {@code running}, so only a run that finished and wrote all its
 * files ever reads {@code complete}.
 *
 * @param state  the state
 * @param reason why the run failed, one line; null unless {@link State#FAILED}
 */
public record RunStatus(State state, String reason) {

    /** The three states a run can be in. */
    public enum State {
        /** Created or resumed and not finished; also what a killed run is left as. */
        RUNNING,
        /** Finished, every file written. */
        COMPLETE,
        /** Ended by an error. */
        FAILED
    }

    private static final String RUNNING_TEXT = "running";
    private static final String COMPLETE_TEXT = "complete";
    private static final String FAILED_PREFIX = "failed:";

    public RunStatus {
        Objects.requireNonNull(state, "state");
        if (state == State.FAILED) {
            reason = oneLine(reason);
        } else if (reason != null) {
            throw new IllegalArgumentException("only a failed run has a reason, not a " + state + " one");
        }
    }

    public static RunStatus running() {
        return new RunStatus(State.RUNNING, null);
    }

    public static RunStatus complete() {
        return new RunStatus(State.COMPLETE, null);
    }

    /** A failure; line breaks in the reason become spaces, a missing reason says so. */
    public static RunStatus failed(String reason) {
        return new RunStatus(State.FAILED, reason);
    }

    /**
     * Reads the text of a {@code STATUS} file.
     *
     * @throws IllegalArgumentException if it is none of the three forms
     */
    public static RunStatus parse(String text) {
        String line = text.strip();
        if (line.equals(RUNNING_TEXT)) {
            return running();
        }
        if (line.equals(COMPLETE_TEXT)) {
            return complete();
        }
        if (line.startsWith(FAILED_PREFIX)) {
            return failed(line.substring(FAILED_PREFIX.length()));
        }
        throw new IllegalArgumentException("unknown run status '" + line
                + "'; expected running, complete or failed: <reason>");
    }

    public boolean isComplete() {
        return state == State.COMPLETE;
    }

    /** The {@code STATUS} file's text: {@code running}, {@code complete} or {@code failed: <reason>}. */
    @Override
    public String toString() {
        return switch (state) {
            case RUNNING -> RUNNING_TEXT;
            case COMPLETE -> COMPLETE_TEXT;
            case FAILED -> FAILED_PREFIX + " " + reason;
        };
    }

    private static String oneLine(String reason) {
        String line = reason == null ? "" : reason.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.isEmpty() ? "no reason given" : line;
    }
}
