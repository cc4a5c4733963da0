package org.deltanet.plugins.optimizer;

import java.util.Map;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterValues;

/** Helpers for driving an optimizer by hand in tests. */
final class Steps {

    private Steps() {}

    /** The optimizer with some parameters changed, e.g. {@code with(new Momentum(), Map.of("momentum", 0.0))}. */
    static Optimizer with(Optimizer optimizer, Map<String, Double> changes) {
        ParameterValues.Builder values = ParameterValues.builder(optimizer.parameters());
        optimizer.values().asMap().forEach(values::set);
        changes.forEach(values::set);
        return optimizer.configure(values.build());
    }

    /** One whole step on a single parameter named {@code w}: advance the state, then update. */
    static void step(Optimizer optimizer, OptimizerState state, double[] w, double... gradient) {
        state.advance();
        optimizer.update("w", w, gradient, w.length, state);
    }
}
