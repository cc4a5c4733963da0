package org.deltanet.api;

/** The kinds of plugin, each a service type that {@link java.util.ServiceLoader} looks up. */
public enum PluginKind {
    ACTIVATION("activation", Activation.class),
    LOSS("loss", Loss.class),
    OPTIMIZER("optimizer", Optimizer.class),
    INITIALIZER("initializer", WeightInitializer.class);

    private final String label;
    private final Class<? extends Plugin> serviceType;

    PluginKind(String label, Class<? extends Plugin> serviceType) {
        this.label = label;
        this.serviceType = serviceType;
    }

    /** The word used in messages and listings, e.g. {@code activation}. */
    public String label() {
        return label;
    }

    /** The interface listed in {@code META-INF/services}. */
    public Class<? extends Plugin> serviceType() {
        return serviceType;
    }
}
