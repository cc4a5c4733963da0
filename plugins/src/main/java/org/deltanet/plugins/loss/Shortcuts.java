package org.deltanet.plugins.loss;

import org.deltanet.api.Activation;

/** When a loss's shortcut applies, and the delta all three built-in shortcuts share. */
final class Shortcuts {

    private Shortcuts() {}

    /**
     * Whether the activation is the named one: decided by its name (never its class, so that any
     * plugin of that name qualifies) and only if it takes no parameters, whose values could change
     * the function.
     */
    static boolean isParameterless(Activation activation, String name) {
        return name.equals(activation.name()) && activation.parameters().isEmpty();
    }

    /** delta = a - y, row by row. */
    static void outputMinusTarget(double[] a, double[] target, double[] delta, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            delta[i] = a[i] - target[i];
        }
    }
}
