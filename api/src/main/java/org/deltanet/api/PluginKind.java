package org.deltanet.api;

/** The kinds of plugin, each a service type that {@link java.util.ServiceLoader} looks up. */
public enum PluginKind {
    ACTIVATION("activation", "activations", Activation.class),
    LOSS("loss", "losses", Loss.class),
    OPTIMIZER("optimizer", "optimizers", Optimizer.class),
    INITIALIZER("initializer", "initializers", WeightInitializer.class);

    private final String label;
    private final String plural;
    private final Class<? extends Plugin> serviceType;

    PluginKind(String label, String plural, Class<? extends Plugin> serviceType) {
        this.label = label;
        this.plural = plural;
        this.serviceType = serviceType;
    }

    /** The word used in messages and listings, e.g. {@code activation}. */
    public String label() {
        return label;
    }

    /** The label's plural, e.g. {@code losses}. */
    public String plural() {
        return plural;
    }

    /** The interface listed in {@code META-INF/services}. */
    public Class<? extends Plugin> serviceType() {
        return serviceType;
    }
}
