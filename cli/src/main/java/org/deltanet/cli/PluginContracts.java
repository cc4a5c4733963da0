package org.deltanet.cli;

import java.util.List;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;
import org.deltanet.api.Schedule;
import org.deltanet.api.WeightInitializer;
import org.deltanet.registry.PluginEntry;
import org.deltanet.testkit.ActivationProperties;
import org.deltanet.testkit.LossProperties;
import org.deltanet.testkit.OptimizerProperties;
import org.deltanet.testkit.ParameterProperties;
import org.deltanet.testkit.Property;
import org.deltanet.testkit.ScheduleProperties;

/**
 * The test kit's properties for one plugin of any kind: the activation laws (finite-difference
 * gradient check, ...), the loss laws with every declared shortcut checked against the generic
 * composition, the optimizer laws, the schedule laws, and for initializers the parameter round trip (the only law the
 * test kit has for them).
 */
final class PluginContracts {

    private PluginContracts() {}

    /**
     * @param outputActivations the activations whose shortcuts a loss is asked for
     * @throws org.deltanet.testkit.LawRefusedException if the plugin declines a law it cannot
     */
    static List<Property> of(PluginEntry entry, List<Activation> outputActivations) {
        Plugin plugin = entry.plugin();
        if (plugin instanceof Activation activation) {
            return ActivationProperties.of(activation);
        }
        if (plugin instanceof Loss loss) {
            return LossProperties.of(loss, outputActivations);
        }
        if (plugin instanceof Optimizer optimizer) {
            return OptimizerProperties.of(optimizer);
        }
        if (plugin instanceof Schedule schedule) {
            return ScheduleProperties.of(schedule);
        }
        WeightInitializer initializer = PluginKind.INITIALIZER.cast(plugin);
        return ParameterProperties.roundTrip(initializer, initializer::configure).stream()
                .toList();
    }
}
