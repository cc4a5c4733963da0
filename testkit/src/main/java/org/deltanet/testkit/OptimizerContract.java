package org.deltanet.testkit;

import java.util.stream.Stream;
import org.deltanet.api.Optimizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JUnit base class that checks an {@link Optimizer} against {@link OptimizerProperties}: one
 * dynamic test per property, each over at least {@value Property#MINIMUM_CASES} generated runs.
 *
 * <p>Usage:
 * <pre>{@code
 * class LionContractTest extends OptimizerContract {
 *     @Override
 *     protected Optimizer optimizer() {
 *         return new Lion();
 *     }
 * }
 * }</pre>
 */
public abstract class OptimizerContract {

    /** The optimizer under test; it must declare a {@code learning-rate} parameter. */
    protected abstract Optimizer optimizer();

    /** The optimizer's properties as dynamic tests. */
    @TestFactory
    public Stream<DynamicTest> optimizerProperties() {
        return DynamicTests.of(OptimizerProperties.of(optimizer()));
    }
}
