package org.deltanet.testkit;

import java.util.stream.Stream;
import org.deltanet.api.Activation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JUnit base class that checks an {@link Activation} against {@link ActivationProperties}: one
 * dynamic test per property, each over at least {@value Property#MINIMUM_CASES} generated batches.
 *
 * <p>Usage, in the plugin's test sources:
 * <pre>{@code
 * class SwishContractTest extends ActivationContract {
 *     @Override
 *     protected Activation activation() {
 *         return new Swish();
 *     }
 * }
 * }</pre>
 * A failure names the smallest failing batch, the offending index with its analytic and numeric
 * values, and the seed; run again with {@code -DQT_SEED=<seed>} to replay it.
 */
public abstract class ActivationContract {

    /** The activation under test, configured as it should be checked. */
    protected abstract Activation activation();

    /** The activation's properties as dynamic tests. */
    @TestFactory
    public Stream<DynamicTest> activationProperties() {
        return DynamicTests.of(ActivationProperties.of(activation()));
    }
}
