package org.deltanet.plugins;

import java.util.List;

import org.deltanet.api.Activation;
import org.deltanet.plugins.activation.Identity;
import org.deltanet.plugins.activation.LeakyRelu;
import org.deltanet.plugins.activation.Relu;
import org.deltanet.plugins.activation.Sigmoid;
import org.deltanet.plugins.activation.Softmax;
import org.deltanet.plugins.activation.Tanh;

/** The built-in activations, for the loss contracts' shortcut checks; {@link ServiceFilesTest} keeps it complete. */
public final class BuiltIns {

    private BuiltIns() {
    }

    /** A fresh instance of every built-in activation, at its defaults. */
    public static List<Activation> activations() {
        return List.of(new Identity(), new Sigmoid(), new Tanh(), new Relu(), new LeakyRelu(), new Softmax());
    }
}
