package org.deltanet.plugins.optimizer;

import org.deltanet.api.ParameterSpec;

/** The hyper-parameter declarations the built-in optimizers share. */
final class Hyperparameters {

    static final String LEARNING_RATE = "learning-rate";
    static final String MOMENTUM = "momentum";

    /**
     * The largest double below 1: {@link ParameterSpec} ranges are closed at the top, and a decay
     * rate of exactly 1 would never forget (momentum) or divide by zero (Adam's bias correction).
     */
    static final double BELOW_ONE = Math.nextDown(1.0);

    private Hyperparameters() {
    }

    static ParameterSpec learningRate(double defaultValue) {
        return ParameterSpec.positive(LEARNING_RATE, defaultValue, "step size alpha");
    }

    static ParameterSpec decay(String name, double defaultValue, String description) {
        return ParameterSpec.real(name, defaultValue, 0.0, BELOW_ONE, description);
    }
}
