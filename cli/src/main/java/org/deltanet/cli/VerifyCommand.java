package org.deltanet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.PluginKind;
import org.deltanet.data.DataFormat;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.experiment.wiring.ExtensionJars;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.JarLocations;
import org.deltanet.loader.PluginJar;
import org.deltanet.loader.PluginLoader;
import org.deltanet.registry.PluginEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code deltanet verify JAR...}: checks every plugin in the jars against the test kit's contracts,
 * and every data format in them against {@link DataFormatProperties}, and prints one pass or FAIL
 * line per property, a failure followed by its smallest counterexample and seed.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Check every plugin in the given jars against the test kit's contracts: finite-difference "
                    + "gradient checks, declared loss shortcuts against the generic composition, the optimizer laws and "
                    + "the parameter round trip, each over at least 200 generated cases; and every data format: its "
                    + "examples finite, its float gather the rounded double one.",
            "Prints one line per property; a failure shows the smallest failing case (inputs, analytic and numeric "
                    + "value) and the seed that replays it with --seed. Exits 7 if any property fails.",
            "Jars from ./plugins and --plugins are loaded too, but not verified: their activations join the built-ins "
                    + "as output activations whose shortcuts a loss is checked with."
        })
final class VerifyCommand implements Callable<Integer> {

    private static final String SEED_PROPERTY = "QT_SEED";

    @Parameters(arity = "1..*", paramLabel = "JAR", description = "Plugin jars (or folders of jars) to verify.")
    List<Path> jars = new ArrayList<>();

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            description = "Generate cases from this seed, e.g. one a failure printed.")
    Long seed;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> targets = JarLocations.expand(jars);
        if (targets.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "nothing to verify: " + jars.stream().map(Path::toString).collect(Collectors.joining(", "))
                            + " holds no .jar files; give plugin jars or folders that hold them");
        }
        InstalledPlugins installed = pluginOptions.loader().load(targets);
        List<Activation> activations = installed.registry().all(PluginKind.ACTIVATION);
        String previousSeed = System.getProperty(SEED_PROPERTY);
        PropertyReport report = new PropertyReport(out);
        try {
            if (seed != null) {
                System.setProperty(SEED_PROPERTY, seed.toString());
            }
            // what the laws' own handling does not catch (a StackOverflowError, ...) names the plugin and jar
            installed.blaming(() -> {
                for (PluginJar jar : installed.jars()) {
                    if (targets.contains(jar.path())) {
                        verify(jar, installed, activations, report);
                    }
                }
                return null;
            });
        } finally {
            restore(previousSeed);
        }
        report.summary();
        out.flush();
        return report.failed() == 0 ? ExitCode.OK.code() : ExitCode.VERIFY_FAILED.code();
    }

    private static void verify(
            PluginJar jar, InstalledPlugins installed, List<Activation> activations, PropertyReport report) {
        report.heading(jar.path() + " (version " + jar.version() + ")");
        List<PluginEntry> plugins = installed.registry().entries().stream()
                .filter(entry -> entry.source().equals(jar.path().toString()))
                .toList();
        PluginLoader own = new PluginLoader(VerifyCommand.class.getClassLoader(), List.of(), List.of(), warning -> {})
                .withExtensions(ExtensionJars.POINT);
        List<DataFormat> formats = own.services(List.of(jar.path()), DataFormat.class);
        List<ExperimentExtension> extensions = own.services(List.of(jar.path()), ExperimentExtension.class);
        if (plugins.isEmpty() && formats.isEmpty() && extensions.isEmpty()) {
            report.failure("no deltanet plugins in this jar: list them in META-INF/services/org.deltanet.api.<Kind>"
                    + " (or a data format in META-INF/services/org.deltanet.data.DataFormat)");
        }
        for (DataFormat format : formats) {
            report.heading(
                    "  data format " + format.name() + " (" + format.getClass().getName() + ")");
            report.check(() -> DataFormatProperties.of(format));
        }
        for (ExperimentExtension extension : extensions) {
            report.heading("  experiment extension " + extension.getClass().getName()
                    + ": no contract to check (train calls its listeners)");
        }
        for (PluginEntry entry : plugins) {
            report.heading("  " + entry.kind().label() + " " + entry.name() + " ("
                    + entry.plugin().getClass().getName() + ")");
            if (entry.plugin() instanceof Loss loss) {
                report.heading("    outputs " + loss.outputDomain().label() + ", targets "
                        + loss.targetDomain().label() + " (as the loss declares)");
            }
            report.check(() -> PluginContracts.of(entry, activations));
        }
    }

    private static void restore(String previousSeed) {
        if (previousSeed == null) {
            System.clearProperty(SEED_PROPERTY);
        } else {
            System.setProperty(SEED_PROPERTY, previousSeed);
        }
    }
}
