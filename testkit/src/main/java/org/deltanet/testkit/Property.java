package org.deltanet.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * One named law that a plugin must obey, runnable with or without JUnit.
 *
 * <p>{@link #check()} returns normally when the law held on every generated case and throws an
 * {@link AssertionError} otherwise. The message of that error is self-contained: the property's
 * name, the smallest failing case QuickTheories found by shrinking (the complete input), what went
 * wrong on it (for gradient checks: the index, the analytic and the numeric value and the
 * {@link Tolerance}) and the seed, with the system property that replays the run.
 *
 * <p>Running a list of properties outside JUnit:
 * <pre>{@code
 * for (Property property : ActivationProperties.of(new MySwish())) {
 *     try {
 *         property.check().run();
 *         System.out.println("pass  " + property.name());
 *     } catch (AssertionError failure) {
 *         System.out.println("FAIL  " + failure.getMessage());
 *     }
 * }
 * }</pre>
 *
 * <p><b>Cases and seeds.</b> Properties made by {@link #forAll} evaluate {@link #MINIMUM_CASES}
 * generated cases, or more when the system property {@code QT_EXAMPLES} asks for more (never
 * fewer). The seed is {@code QT_SEED} when set, otherwise {@link System#nanoTime()}; a failure
 * names it, and setting {@code QT_SEED} to that value replays the same cases and the same
 * shrinking. {@code QT_SHRINKS} overrides the number of shrink attempts
 * ({@value #DEFAULT_SHRINK_CYCLES} by default).
 *
 * <p><b>Skipped.</b> A law the plugin {@linkplain org.deltanet.api.Plugin#declinedLaws() declines}
 * is a property with a {@code skipReason}: its check does nothing, JUnit reports it as skipped
 * (aborted) and {@code deltanet verify} prints {@code skipped: REASON}.
 *
 * @param name       what the law says, prefixed with the plugin it is about, e.g.
 *                   {@code "sigmoid: rows are independent"}
 * @param check      evaluates the law; throws {@link AssertionError} when it is violated
 * @param skipReason why the plugin declines this law, or null for a law that is checked
 */
public record Property(String name, Runnable check, String skipReason) {

    /** The fewest generated cases a property made by {@link #forAll} evaluates. */
    public static final int MINIMUM_CASES = 200;

    /** Shrink attempts after a failure unless {@code QT_SHRINKS} says otherwise. */
    public static final int DEFAULT_SHRINK_CYCLES = 2000;

    /** A property with the given name and check, neither null. */
    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
    }

    /** A property that is checked. */
    public Property(String name, Runnable check) {
        this(name, check, null);
    }

    /** A declined law: reported as skipped, with the reason, and not checked. */
    public static Property skipped(String name, String reason) {
        return new Property(name, () -> {}, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether this is a declined law that is not checked. */
    public boolean isSkipped() {
        return skipReason != null;
    }

    /** This property under another name (the same check). */
    Property named(String newName) {
        return new Property(newName, check, skipReason);
    }

    /**
     * A property that holds when {@code check} returns normally for every generated case.
     *
     * <p>Example:
     * <pre>{@code
     * Property.forAll("softmax: rows sum to 1", Generators.shapes().flatMap(...), batch -> {
     *     ...
     *     if (Math.abs(sum - 1) > 1e-12) throw new AssertionError("row " + r + " sums to " + sum);
     * });
     * }</pre>
     *
     * @param name  the property's name
     * @param cases generates the inputs; their {@code toString()} is what a failure shows
     * @param check throws {@link AssertionError} (or any other exception) when a case violates the law
     */
    public static <T> Property forAll(String name, Gen<T> cases, Consumer<T> check) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(check, "check");
        return new Property(
                name, () -> QuickTheory.qt(() -> strategy(name)).forAll(cases).checkAssert(check));
    }

    private static Strategy strategy(String name) {
        Strategy strategy = Configuration.systemStrategy()
                .withExamples(Math.max(MINIMUM_CASES, Integer.getInteger(Configuration.EXAMPLES, 0)))
                .withShrinkCycles(Integer.getInteger(Configuration.SHRINKS, DEFAULT_SHRINK_CYCLES));
        return strategy.withReporter(new FailureReport(name, strategy.prng().getInitialSeed()));
    }

    /** Turns QuickTheories' falsification into one readable {@link AssertionError}. */
    private record FailureReport(String name, long seed) implements Reporter {

        @Override
        public void falisification(
                long seed,
                int casesUsed,
                Object smallest,
                Throwable cause,
                List<Object> others,
                AsString<Object> text) {
            boolean assertion = cause instanceof AssertionError && cause.getMessage() != null;
            AssertionError failure = new AssertionError(message(
                    seed, casesUsed, text.asString(smallest), assertion ? cause.getMessage() : cause.toString()));
            if (!assertion) {
                failure.initCause(cause);
            }
            throw failure;
        }

        @Override
        public void falisification(
                long seed, int casesUsed, Object smallest, List<Object> others, AsString<Object> text) {
            throw new AssertionError(message(seed, casesUsed, text.asString(smallest), "the check returned false"));
        }

        @Override
        public void valuesExhausted(int casesUsed) {
            throw new AssertionError("Property '" + name + "' gave up: only " + casesUsed
                    + " case(s) satisfied the generator's assumptions; seed " + seed + " (replay with -D"
                    + Configuration.SEED + "=" + seed + ")");
        }

        private String message(long seed, int casesUsed, String smallest, String problem) {
            String newline = System.lineSeparator();
            return "Property '" + name + "' falsified after " + casesUsed + " case(s); seed " + seed
                    + " (replay with -D" + Configuration.SEED + "=" + seed + ")" + newline
                    + "Smallest failing case: " + smallest + newline
                    + "Problem: " + problem;
        }
    }
}
