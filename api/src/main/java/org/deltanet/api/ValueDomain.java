package org.deltanet.api;

import java.util.Locale;

/**
 * Where the values a loss compares live: the set of outputs it is defined for and of targets it
 * accepts. A {@link Loss} declares both ({@link Loss#outputDomain()}, {@link Loss#targetDomain()})
 * so that contract checks (the test kit and whatever runs it) test it on valid inputs only.
 */
public enum ValueDomain {
    /** Any real number, e.g. regression outputs and targets. */
    REAL,
    /** The open interval (0, 1), e.g. sigmoid outputs that a log must never see as 0 or 1. */
    OPEN_UNIT_INTERVAL,
    /** The closed interval [0, 1], e.g. binary labels 0 and 1 and soft labels between. */
    UNIT_INTERVAL,
    /** Rows of non-negative values summing to 1: a probability distribution over the columns. */
    DISTRIBUTION;

    /** The name as printed and written: {@code open-unit-interval}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
