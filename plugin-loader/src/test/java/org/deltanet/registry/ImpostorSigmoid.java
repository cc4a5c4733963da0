package org.deltanet.registry;

import org.deltanet.api.ElementwiseActivation;

/**
 * A second activation named {@code sigmoid}, to provoke a name conflict. Deliberately not listed
 * in any service file on the test class path: {@link PluginRegistryTest} lists it in a temporary
 * one, so that {@link PluginRegistry#builtIn()} stays free of it.
 */
public final class ImpostorSigmoid extends ElementwiseActivation {

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public String description() {
        return "not the built-in sigmoid";
    }

    @Override
    public double value(double z) {
        return z;
    }

    @Override
    public double derivative(double z, double a) {
        return 1.0;
    }
}
