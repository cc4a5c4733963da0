package org.deltanet.cli;

import java.io.Console;
import java.util.Locale;
import org.deltanet.spark.sweep.SweepRunner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Asks before a large sweep starts: above {@value #ASK_ABOVE} variants, {@code --yes} goes ahead,
 * a terminal is asked, and without either (a script, a pipe) the sweep is refused with the count,
 * so that a typo in a grid (30,000 variants) does not start days of training without a word.
 */
final class SweepConfirmation implements SweepRunner.Confirmation {

    /** Sweeps up to this many variants start without asking: a few hours for small models. */
    static final long ASK_ABOVE = 100;

    private final boolean yes;
    private final CommandSpec spec;

    SweepConfirmation(boolean yes, CommandSpec spec) {
        this.yes = yes;
        this.spec = spec;
    }

    /** @throws ParameterException if the sweep is large, {@code --yes} was not given and no terminal can be asked */
    @Override
    public boolean proceed(long variants) {
        if (variants <= ASK_ABOVE || yes) {
            return true;
        }
        Console terminal = System.console();
        if (terminal == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "this sweep has " + variants + " variants (more than " + ASK_ABOVE
                            + "); add --yes to train them all");
        }
        String answer = terminal.readLine("deltanet: this sweep has %d variants; train them all? [y/N] ", variants);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
