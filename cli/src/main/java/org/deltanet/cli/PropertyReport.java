package org.deltanet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.deltanet.testkit.Property;

/**
 * Runs properties and prints one line per property, {@code pass} or {@code FAIL}; a failure is
 * followed by the test kit's message (the smallest failing case, the analytic and numeric values,
 * the seed), indented. Counts both for the closing summary.
 */
final class PropertyReport {

    private static final String DETAIL = "        ";

    private final PrintWriter out;
    private int passed;
    private int failed;

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

    /** The closing line, with how to replay a failure. */
    void summary() {
        out.println((passed + failed) + " properties: " + passed + " passed, " + failed + " failed");
        if (failed > 0) {
            out.println("replay a failure with --seed and the seed it names");
        }
    }

    private void run(Property property) {
        try {
            property.check().run();
            passed++;
            out.println("    pass  " + property.name());
        } catch (AssertionError | RuntimeException | LinkageError e) {
            failed++;
            out.println("    FAIL  " + property.name());
            String message = e instanceof AssertionError && e.getMessage() != null ? e.getMessage() : e.toString();
            for (String line : message.split("\\R")) {
                out.println(DETAIL + line);
            }
            out.flush();
        }
    }
}
