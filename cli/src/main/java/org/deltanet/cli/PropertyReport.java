package org.deltanet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.deltanet.testkit.LawRefusedException;
import org.deltanet.testkit.Property;

/**
 * Runs properties and prints one line per property, {@code pass}, {@code FAIL} or {@code skip} (a
 * law the plugin declines, followed by {@code skipped: REASON}); a failure is
 * followed by the test kit's message (the smallest failing case, the analytic and numeric values,
 * the seed, to be replayed with {@code --seed}), indented. A plugin that declines a law it cannot (an
 * activation's or a loss's gradient check) is one failure, {@code refused: WHY}. Counts all three
 * for the closing summary.
 */
final class PropertyReport {

    private static final String DETAIL = "        ";

    /** How the test kit's messages say to replay a seed under Maven; here it is {@code --seed}. */
    private static final String MAVEN_REPLAY = "-DQT_SEED=";

    private final PrintWriter out;
    private int passed;
    private int failed;
    private int skipped;

    PropertyReport(PrintWriter out) {
        this.out = out;
    }

    void heading(String text) {
        out.println(text);
    }

    /** Makes the properties and runs each; a plugin that cannot even be checked is one failure. */
    void check(Supplier<List<Property>> properties) {
        try {
            for (Property property : properties.get()) {
                run(property);
            }
        } catch (LawRefusedException e) {
            failure("refused: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            failure("cannot be checked: " + e);
        }
    }

    /** Records a failure that is not a property's. */
    void failure(String text) {
        failed++;
        out.println("    FAIL  " + text);
    }

    int failed() {
        return failed;
    }

    /** The closing line: how many properties passed, failed and were skipped. */
    void summary() {
        out.println((passed + failed + skipped) + " properties: " + passed + " passed, " + failed + " failed"
                + (skipped == 0 ? "" : ", " + skipped + " skipped (declined by the plugin)"));
    }

    private void run(Property property) {
        if (property.isSkipped()) {
            skipped++;
            out.println("    skip  " + property.name());
            out.println(DETAIL + "skipped: " + property.skipReason());
            return;
        }
        try {
            property.check().run();
            passed++;
            out.println("    pass  " + property.name());
        } catch (AssertionError | RuntimeException | LinkageError e) {
            failed++;
            out.println("    FAIL  " + property.name());
            String message = e instanceof AssertionError && e.getMessage() != null ? e.getMessage() : e.toString();
            for (String line : message.replace(MAVEN_REPLAY, "--seed ").split("\\R")) {
                out.println(DETAIL + line);
            }
            out.flush();
        }
    }
}
