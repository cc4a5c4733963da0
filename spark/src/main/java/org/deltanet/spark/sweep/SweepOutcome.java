package org.deltanet.spark.sweep;

import java.nio.file.Path;

/**
 * A finished sweep, or one that an interruption stopped.
 *
 * @param directory the sweep directory
 * @param table     its variants, ranked
 * @param chart     the chart of the metric against each swept key
 */
public record SweepOutcome(Path directory, SweepTable table, Path chart) {

    /** Whether every variant completed. */
    public boolean complete() {
        return table.failures() == 0 && !interrupted();
    }

    /** Whether an interruption ({@link SweepRunner#interrupt()}) stopped some variant before it finished. */
    public boolean interrupted() {
        return table.interrupted() > 0;
    }
}
