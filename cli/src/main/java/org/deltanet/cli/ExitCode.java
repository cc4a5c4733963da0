package org.deltanet.cli;

import org.deltanet.api.ErrorCategory;

/**
 * The exit codes of the {@code deltanet} command, documented in README. The codes of failures come
 * from their {@link ErrorCategory}; the others are outcomes of particular commands.
 */
public enum ExitCode {
    /** Everything worked. */
    OK(0),
    /** A fault in deltanet itself; the message asks for {@code --debug} and a bug report. */
    INTERNAL(ErrorCategory.INTERNAL.exitCode()),
    /** The command line was wrong (unknown option, missing argument). */
    USAGE(2),
    /** The experiment or model file is wrong: a key, a value, a plugin name, a shape. */
    CONFIG(ErrorCategory.CONFIG.exitCode()),
    /** A data file is missing or malformed. */
    DATA(ErrorCategory.DATA.exitCode()),
    /** Training produced NaN or infinity. */
    DIVERGED(ErrorCategory.DIVERGED.exitCode()),
    /** A plugin could not be loaded, conflicts with another, or failed while running. */
    PLUGIN(ErrorCategory.PLUGIN.exitCode()),
    /** A verification found a plugin that breaks its contract. */
    VERIFY_FAILED(7),
    /** A sweep finished, but some of its variants failed. */
    SWEEP_INCOMPLETE(8),
    /** The Spark cluster failed: master unreachable, no executor in time, application killed. */
    CLUSTER(ErrorCategory.CLUSTER.exitCode());

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The exit code of a failure of the given category. */
    public static ExitCode of(ErrorCategory category) {
        for (ExitCode exit : values()) {
            if (exit.code == category.exitCode()) {
                return exit;
            }
        }
        throw new IllegalStateException("no exit code " + category.exitCode() + " for " + category);
    }
}
