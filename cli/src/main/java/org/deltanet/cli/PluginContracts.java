package org.deltanet.cli;

import java.util.List;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.WeightInitializer;
import org.deltanet.engine.registry.PluginEntry;
import org.deltanet.testkit.ActivationProperties;
import org.deltanet.testkit.LossProperties;
import org.deltanet.testkit.OptimizerProperties;
import org.deltanet.testkit.ParameterProperties;
import org.deltanet.testkit.Property;

/**
 * The test kit's properties for one plugin of any kind: the activation laws (finite-difference
 * gradient check, ...), the loss laws with every declared shortcut checked against the generic
 * composition, the optimizer laws, and for initializers the parameter round trip (the only law the
 * test kit has for them).
 */
final class PluginContracts {

    private PluginContracts() {
    }

    /**
     * @param outputActivations the activations whose shortcuts a loss is asked for
     * @param lossDomains       where a loss's outputs and targets live
     */
    static List<Property> of(PluginEntry entry, List<Activation> outputActivations, LossDomains lossDomains) {
        return switch (entry.kind()) {
            case ACTIVATION -> ActivationProperties.of((Activation) entry.plugin());
            case LOSS -> {
                Loss loss = (Loss) entry.plugin();
                LossDomains.Choice domain = lossDomains.of(loss);
                yield LossProperties.of(loss, domain.outputs(), domain.targets(), outputActivations);
            }
            case OPTIMIZER -> OptimizerProperties.of((Optimizer) entry.plugin());
            case INITIALIZER -> {
                WeightInitializer initializer = (WeightInitializer) entry.plugin();
                yield ParameterProperties.roundTrip(initializer, initializer::configure).stream().toList();
            }
        };
    }
}
