package org.deltanet.rundir;

import java.util.Locale;

/** How numbers and durations read in progress lines and the summary, the same whatever the locale. */
final class Formats {

    private Formats() {}

    /** A loss or accuracy: {@code 0.4123}. */
    static String metric(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** A magnitude spanning decades, such as a mean |delta|: {@code 1.2e-02}. */
    static String scientific(double value) {
        return String.format(Locale.ROOT, "%.1e", value);
    }

    /** A short span such as an epoch's: {@code 0.8s}, or in milliseconds below a tenth of a second: {@code 3.2ms}. */
    static String span(double seconds) {
        return seconds >= 0.1
                ? String.format(Locale.ROOT, "%.1fs", seconds)
                : String.format(Locale.ROOT, "%.1fms", seconds * 1000);
    }

    /** Whole seconds as a clock: {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
    static String clock(double seconds) {
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long secs = total % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
