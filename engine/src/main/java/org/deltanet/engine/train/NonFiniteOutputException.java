package org.deltanet.engine.train;

import org.deltanet.api.Activation;

/**
 * An activation returned NaN or infinity for a layer whose net input was finite: the plugin's
 * fault, not a divergence of training. Found only once a non-finite loss has been detected, so it
 * costs nothing while training goes well.
 *
 * <p>The message names the activation but not where it came from; {@link #describe} puts its
 * origin in, e.g. {@code activation 'gelu' from gelu-1.0.0.jar returned NaN for finite input at
 * layer 1, epoch 1, step 1}.
 */
public final class NonFiniteOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Activation activation;
    private final String name;
    private final double value;
    private final int layer;
    private final int epoch;
    private final int step;

    /**
     * @param activation the activation that returned {@code value}
     * @param value      the first non-finite output
     * @param layer      1-based layer
     * @param epoch      1-based epoch
     * @param step       1-based step within the epoch
     */
    public NonFiniteOutputException(Activation activation, double value, int layer, int epoch, int step) {
        super(text(activation.name(), "", value, layer, epoch, step));
        this.activation = activation;
        this.name = activation.name();
        this.value = value;
        this.layer = layer;
        this.epoch = epoch;
        this.step = step;
    }

    /** The activation that returned the value (null once serialized). */
    public Activation activation() {
        return activation;
    }

    /**
     * The message with the activation's origin after its name.
     *
     * @param origin e.g. {@code from gelu-1.0.0.jar} or {@code (built in)}
     */
    public String describe(String origin) {
        return text(name, origin.isEmpty() ? "" : " " + origin, value, layer, epoch, step);
    }

    private static String text(String name, String origin, double value, int layer, int epoch, int step) {
        return "activation '" + name + "'" + origin + " returned " + value + " for finite input at layer " + layer
                + ", epoch " + epoch + ", step " + step + "; the plugin is at fault, not the learning rate";
    }
}
