package org.deltanet.cli;

import java.nio.file.Path;
import org.deltanet.api.Activation;
import org.deltanet.experiment.extension.ExperimentExtension;

/** The plugin jars the end-to-end tests load: the examples, and small ones that misbehave on purpose. */
final class Fixtures {

    /** f(z) = z, written right. */
    private static final String IDENTITY =
            """
                public double value(double z) { return z; }
                public double derivative(double z, double a) { return 1.0; }
            """;

    private Fixtures() {}

    /** The example plugin of {@code examples/plugins/NAME}, from its compiled classes (the reactor builds it first). */
    static PluginFixture example(String name) {
        String folder = System.getProperty("deltanet.example." + name);
        if (folder == null) {
            throw new IllegalStateException("system property deltanet.example." + name + " is not set; run the tests "
                    + "with Maven, which sets it to the example's target/classes");
        }
        return new PluginFixture(name + ".jar").classes(Path.of(folder));
    }

    /**
     * An elementwise activation {@code fixture.CLASS_NAME} named {@code name}, with the given
     * members besides {@code name()}; a {@code description()} is added unless they have one.
     */
    static PluginFixture activation(String jar, String className, String name, String members) {
        String description = members.contains("description()")
                ? ""
                : "    public String description() { return \"" + name + " for tests\"; }\n";
        return new PluginFixture(jar)
                .source(
                        "fixture." + className,
                        """
                package fixture;
                public class %s extends org.deltanet.api.ElementwiseActivation {
                    public String name() { return "%s"; }
                %s%s}
                """
                                .formatted(className, name, description, members));
    }

    /** {@code tanh} with a wrong derivative: 1 - a instead of 1 - a^2. */
    static PluginFixture wrongTanh() {
        return activation(
                        "wrong-tanh.jar",
                        "WrongTanh",
                        "wrong-tanh",
                        """
                    public double value(double z) { return Math.tanh(z); }
                    public double derivative(double z, double a) { return 1.0 - a; }
                """)
                .service(Activation.class, "fixture.WrongTanh")
                .version("0.0.1-broken");
    }

    /** An activation whose description says which classes of deltanet and its libraries it can see. */
    static PluginFixture probe() {
        return activation(
                        "probe.jar",
                        "Probe",
                        "probe",
                        IDENTITY
                                + """
                    public String description() {
                        return "sees api: " + sees("org.deltanet.api.Loss")
                                + ", engine: " + sees("org.deltanet.engine.network.Network")
                                + ", jackson: " + sees("com.fasterxml.jackson.databind.ObjectMapper")
                                + ", picocli: " + sees("picocli.CommandLine");
                    }
                    static boolean sees(String name) {
                        try { Class.forName(name); return true; } catch (ClassNotFoundException e) { return false; }
                    }
                """)
                .service(Activation.class, "fixture.Probe");
    }

    /** An activation whose every value throws. */
    static PluginFixture exploding() {
        return activation(
                        "exploding.jar",
                        "Exploding",
                        "exploding",
                        """
                    public double value(double z) { throw new IllegalStateException("exploded at z = " + z); }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .service(Activation.class, "fixture.Exploding");
    }

    /** An activation whose constructor throws. */
    static PluginFixture fragile() {
        return activation(
                        "fragile.jar",
                        "Fragile",
                        "fragile",
                        IDENTITY
                                + """
                    public Fragile() { throw new IllegalStateException("no licence file"); }
                """)
                .service(Activation.class, "fixture.Fragile");
    }

    /** An activation built against an api with a class this api lacks: the class is compiled, not shipped. */
    static PluginFixture fromAnotherApi() {
        return new PluginFixture("future.jar")
                .source(
                        "org.deltanet.api.GatedActivation",
                        """
                        package org.deltanet.api;
                        public abstract class GatedActivation extends ElementwiseActivation { }
                        """)
                .source(
                        "fixture.Future",
                        """
                        package fixture;
                        public class Future extends org.deltanet.api.GatedActivation {
                            public String name() { return "future"; }
                            public String description() { return "needs a newer api"; }
                        %s}
                        """
                                .formatted(IDENTITY))
                .omit("org.deltanet.api.GatedActivation")
                .service(Activation.class, "fixture.Future");
    }

    /** An activation whose every value throws the given {@code Error}, e.g. {@code new AssertionError("x")}. */
    static PluginFixture throwingError(String jar, String className, String error) {
        return activation(
                        jar,
                        className,
                        className.toLowerCase(java.util.Locale.ROOT),
                        """
                    public double value(double z) { throw %s; }
                    public double derivative(double z, double a) { return 1.0; }
                """
                                .formatted(error))
                .service(Activation.class, "fixture." + className);
    }

    /** An activation whose value recurses without end: a {@code StackOverflowError} in training. */
    static PluginFixture bottomless() {
        return activation(
                        "bottomless.jar",
                        "Bottomless",
                        "bottomless",
                        """
                    public double value(double z) { return 1.0 + value(z + 1.0); }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .service(Activation.class, "fixture.Bottomless");
    }

    /**
     * An activation built against an older api whose {@code Activation} had no {@code backward}: it
     * loads, and its first backward pass is an {@code AbstractMethodError}.
     */
    static PluginFixture olderApi() {
        return new PluginFixture("older.jar")
                .source(
                        "org.deltanet.api.Activation",
                        """
                        package org.deltanet.api;
                        public interface Activation extends Plugin {
                            void forward(double[] z, double[] a, int rows, int cols);
                        }
                        """)
                .source(
                        "fixture.Older",
                        """
                        package fixture;
                        public class Older implements org.deltanet.api.Activation {
                            public String name() { return "older"; }
                            public String description() { return "built against an older api"; }
                            public void forward(double[] z, double[] a, int rows, int cols) {
                                System.arraycopy(z, 0, a, 0, rows * cols);
                            }
                        }
                        """)
                .omit("org.deltanet.api.Activation")
                .service(Activation.class, "fixture.Older");
    }

    /** An activation whose helper class was left out of its jar: a {@code NoClassDefFoundError} in training. */
    static PluginFixture withoutItsHelper() {
        return new PluginFixture("helpless.jar")
                .source(
                        "fixture.Helper",
                        """
                        package fixture;
                        public final class Helper { static double twice(double z) { return 2 * z; } }
                        """)
                .source(
                        "fixture.Helpless",
                        """
                        package fixture;
                        public class Helpless extends org.deltanet.api.ElementwiseActivation {
                            public String name() { return "helpless"; }
                            public String description() { return "needs fixture.Helper"; }
                            public double value(double z) { return Helper.twice(z); }
                            public double derivative(double z, double a) { return 2.0; }
                        }
                        """)
                .omit("fixture.Helper")
                .service(Activation.class, "fixture.Helpless");
    }

    /** An activation that returns NaN for every (finite) input, as a buggy gelu might. */
    static PluginFixture nanGelu() {
        return activation(
                        "gelu-1.0.0.jar",
                        "Gelu",
                        "gelu",
                        """
                    public double value(double z) { return Double.NaN; }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .service(Activation.class, "fixture.Gelu")
                .version("1.0.0");
    }

    /**
     * An extension jar: it adds a training listener that, when training starts, writes "started
     * after warm-up epochs" and the warm-up epochs it rehearsed on to the file the system property
     * {@code fixture.marker} names.
     */
    static PluginFixture markerExtension() {
        return new PluginFixture("marker.jar")
                .source(
                        "fixture.Marker",
                        """
                package fixture;

                import java.io.IOException;
                import java.io.UncheckedIOException;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.List;
                import org.deltanet.engine.train.EpochReport;
                import org.deltanet.engine.train.TrainingListener;
                import org.deltanet.experiment.extension.ExperimentExtension;
                import org.deltanet.experiment.extension.RunInfo;

                public class Marker implements ExperimentExtension {
                    public List<TrainingListener> listeners(RunInfo run) {
                        return List.of(new TrainingListener() {
                            private String rehearsed = "";

                            public void onWarmUp(EpochReport rehearsal) {
                                rehearsed += " " + rehearsal.epoch();
                            }

                            public void onStart(int first, int epochs, int batches) {
                                try {
                                    Files.writeString(
                                            Path.of(System.getProperty("fixture.marker")),
                                            "started after warm-up epochs" + rehearsed);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            }
                        });
                    }
                }
                """)
                .service(ExperimentExtension.class, "fixture.Marker");
    }
}
