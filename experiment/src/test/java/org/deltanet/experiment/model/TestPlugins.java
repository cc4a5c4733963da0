package org.deltanet.experiment.model;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.Loss;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.engine.registry.PluginRegistry;
import org.deltanet.experiment.config.PluginResolver;

/**
 * Tiny plugins for the model tests, independent of the built-ins. They are listed in service files
 * under {@code test-plugins/} rather than on the test class path, so that only these tests see them.
 */
final class TestPlugins {

    /** A resolver over these plugins (and whatever else is installed). */
    static final PluginResolver RESOLVER = load();

    private TestPlugins() {
    }

    private static PluginResolver load() {
        URL services = TestPlugins.class.getResource("/test-plugins/");
        var loader = new URLClassLoader(new URL[] {services}, TestPlugins.class.getClassLoader());
        return new PluginResolver(PluginRegistry.load(List.of(loader)));
    }

    /** 1 / (1 + e^-z). */
    public static final class Sigmoid extends ElementwiseActivation {
        @Override
        public String name() {
            return "test-sigmoid";
        }

        @Override
        public String description() {
            return "logistic function";
        }

        @Override
        public double value(double z) {
            return 1.0 / (1.0 + Math.exp(-z));
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a);
        }
    }

    /** z for z > 0, slope * z otherwise: an activation with a parameter. */
    public static final class Leaky extends ElementwiseActivation {
        private final double slope;

        public Leaky() {
            this(0.01);
        }

        private Leaky(double slope) {
            this.slope = slope;
        }

        @Override
        public String name() {
            return "test-leaky";
        }

        @Override
        public String description() {
            return "leaky rectifier";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.real("slope", 0.01, 0.0, 1.0, "gradient for z < 0"));
        }

        @Override
        public ParameterValues values() {
            return ParameterValues.builder(parameters()).set("slope", slope).build();
        }

        @Override
        public Leaky configure(ParameterValues values) {
            return new Leaky(values.real("slope"));
        }

        @Override
        public double value(double z) {
            return z > 0 ? z : slope * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : slope;
        }
    }

    /** f(z) = z. */
    public static final class Identity extends ElementwiseActivation {
        @Override
        public String name() {
            return "test-identity";
        }

        @Override
        public String description() {
            return "z";
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

    /** Half the squared difference, averaged over the batch. */
    public static final class SquaredError implements Loss {
        @Override
        public String name() {
            return "test-squared-error";
        }

        @Override
        public String description() {
            return "1/2 sum (o - y)^2";
        }

        @Override
        public double value(double[] output, double[] target, int rows, int cols) {
            double sum = 0;
            for (int i = 0; i < rows * cols; i++) {
                double d = output[i] - target[i];
                sum += 0.5 * d * d;
            }
            return sum / rows;
        }

        @Override
        public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
            for (int i = 0; i < rows * cols; i++) {
                gradient[i] = output[i] - target[i];
            }
        }
    }
}
