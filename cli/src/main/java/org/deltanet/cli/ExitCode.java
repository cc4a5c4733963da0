package org.deltanet.cli;

/** The exit codes of the {@code deltanet} command, documented in README. */
public enum ExitCode {
    /** Everything worked. */
    OK(0),
    /** A fault in deltanet itself; the message asks for {@code --debug} and a bug report. */
    INTERNAL(1),
    /** The command line was wrong (unknown option, missing argument). */
    USAGE(2),
    /** The experiment or model file is wrong: a key, a value, a plugin name, a shape. */
    CONFIG(3),
    /** A data file is missing or malformed. */
    DATA(4),
    /** Training produced NaN or infinity. */
    DIVERGED(5),
    /** A plugin could not be loaded, conflicts with another, or failed while running. */
    PLUGIN(6),
    /** A verification found a plugin that breaks its contract. */
    VERIFY_FAILED(7),
    /** A sweep finished, but some of its variants failed. */
    SWEEP_INCOMPLETE(8),
    /** The Spark cluster failed: master unreachable, no executor in time, application killed. */
    CLUSTER(9);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
