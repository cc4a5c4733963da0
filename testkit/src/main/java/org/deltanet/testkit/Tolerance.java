package org.deltanet.testkit;

/**
 * The one tolerance every gradient check uses:
 * {@code |analytic - numeric| <= 1e-5 + 1e-3 * |numeric|}, and its failure message.
 *
 * <p>"Analytic" is the value under test (a plugin's backward, gradient or shortcut); "numeric" is
 * the reference it is checked against, usually a {@linkplain FiniteDifferences central difference},
 * sometimes an independent computation of the same quantity. The absolute term allows for the
 * O(1e-10) error of central differences near zero, the relative term for their O(h^2) truncation
 * error; both are fixed, so a plugin cannot pass by loosening them. NaN or infinite values never
 * pass.
 *
 * <p>Example (the engine's whole-network gradient test):
 * <pre>{@code
 * double numeric = FiniteDifferences.partial(w -> network.loss(w), weights, i);
 * Tolerance.check("dJ/dw of layer1.weights", "index " + i, analyticGradient[i], numeric);
 * }</pre>
 */
public final class Tolerance {

    /** The absolute part, 1e-5. */
    public static final double ABSOLUTE = 1e-5;

    /** The relative part, 1e-3 of the numeric value's magnitude. */
    public static final double RELATIVE = 1e-3;

    private Tolerance() {}

    /** The largest difference accepted against this reference value. */
    public static double allowed(double numeric) {
        return ABSOLUTE + RELATIVE * Math.abs(numeric);
    }

    /** Whether {@code analytic} agrees with {@code numeric}; false if either is NaN. */
    public static boolean accepts(double analytic, double numeric) {
        return Math.abs(analytic - numeric) <= allowed(numeric);
    }

    /**
     * Describes a disagreement, e.g. {@code dL/dz at index 3 (row 0, col 3): analytic 0.25,
     * numeric 0.1875, |analytic - numeric| = 0.0625 > 1e-5 + 1e-3 * |numeric| = 1.9750e-04}.
     *
     * @param quantity what was compared, e.g. {@code dL/dz}
     * @param where    which element, e.g. {@code index 3 (row 0, col 3)}
     */
    public static String mismatch(String quantity, String where, double analytic, double numeric) {
        return quantity + " at " + where + ": analytic " + analytic + ", numeric " + numeric
                + ", |analytic - numeric| = " + Math.abs(analytic - numeric)
                + " > 1e-5 + 1e-3 * |numeric| = " + allowed(numeric);
    }

    /**
     * Throws unless the two values agree.
     *
     * @throws AssertionError with {@link #mismatch} as its message
     */
    public static void check(String quantity, String where, double analytic, double numeric) {
        if (!accepts(analytic, numeric)) {
            throw new AssertionError(mismatch(quantity, where, analytic, numeric));
        }
    }
}
