package org.deltanet.testkit;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JUnit base class that checks a {@link Loss} against {@link LossProperties}: one dynamic test per
 * property, each over at least {@value Property#MINIMUM_CASES} generated batches.
 *
 * <p>The loss is checked on the domains it declares ({@link Loss#outputDomain()},
 * {@link Loss#targetDomain()}). Override {@link #candidateOutputActivations()} to choose which
 * activations the loss is asked for {@linkplain Loss#shortcutFor shortcuts}. Usage:
 * <pre>{@code
 * class FocalLossContractTest extends LossContract {
 *     protected Loss loss() { return new FocalLoss(); }
 * }
 * }</pre>
 */
public abstract class LossContract {

    /** The loss under test, configured as it should be checked. */
    protected abstract Loss loss();

    /**
     * The output activations whose shortcuts, where the loss declares one, are checked against
     * the generic composition; by default every activation that {@link ServiceLoader} finds on the
     * test class path.
     */
    protected List<Activation> candidateOutputActivations() {
        return ServiceLoader.load(Activation.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /** The loss's properties as dynamic tests. */
    @TestFactory
    public Stream<DynamicTest> lossProperties() {
        return DynamicTests.of(LossProperties.of(loss(), candidateOutputActivations()));
    }
}
