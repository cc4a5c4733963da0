package org.deltanet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.PluginKind;
import org.deltanet.engine.registry.PluginEntry;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.JarLocations;
import org.deltanet.loader.PluginJar;
import org.deltanet.testkit.Property;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code deltanet verify JAR...}: checks every plugin in the jars against the test kit's contracts
 * and prints one pass or FAIL line per property, a failure followed by its smallest counterexample
 * and seed.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check every plugin in the given jars against the test kit's contracts: finite-difference "
                + "gradient checks, declared loss shortcuts against the generic composition, the optimizer laws and "
                + "the parameter round trip, each over at least 200 generated cases.",
            "Prints one line per property; a failure shows the smallest failing case (inputs, analytic and numeric "
                + "value) and the seed that replays it with --seed. Exits 7 if any property fails.",
            "Jars from ./plugins and --plugins are loaded too, but not verified: their activations join the built-ins "
                + "as output activations whose shortcuts a loss is checked with."})
final class VerifyCommand implements Callable<Integer> {

    private static final String SEED_PROPERTY = "QT_SEED";

    @Parameters(arity = "1..*", paramLabel = "JAR", description = "Plugin jars (or folders of jars) to verify.")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "SEED", description = "Generate cases from this seed, e.g. one a failure printed.")
    Long seed;

    @Option(names = "--loss-domain", paramLabel = "NAME=OUTPUTS,TARGETS",
            description = "Where a loss's outputs and targets live (real, open-unit-interval, unit-interval, "
                    + "distribution), when the inferred ones are wrong. Repeatable.")
    Map<String, String> lossDomains = new LinkedHashMap<>();

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LossDomains domains = lossDomains();
        List<Path> targets = JarLocations.expand(jars);
        InstalledPlugins installed = pluginOptions.loader().load(targets);
        List<Activation> activations = installed.registry().entries().stream()
                .filter(entry -> entry.kind() == PluginKind.ACTIVATION).map(entry -> (Activation) entry.plugin())
                .toList();
        String previousSeed = System.getProperty(SEED_PROPERTY);
        PropertyReport report = new PropertyReport(out);
        try {
            if (seed != null) {
                System.setProperty(SEED_PROPERTY, seed.toString());
            }
            for (PluginJar jar : installed.jars()) {
                if (targets.contains(jar.path())) {
                    verify(jar, installed, activations, domains, report);
                }
            }
        } finally {
            restore(previousSeed);
        }
        report.summary();
        out.flush();
        return report.failed() == 0 ? ExitCode.OK.code() : ExitCode.VERIFY_FAILED.code();
    }

    private static void verify(PluginJar jar, InstalledPlugins installed, List<Activation> activations,
                               LossDomains domains, PropertyReport report) {
        report.heading(jar.path() + " (version " + jar.version() + ")");
        List<PluginEntry> plugins = installed.registry().entries().stream()
                .filter(entry -> entry.source().equals(jar.path().toString())).toList();
        if (plugins.isEmpty()) {
            report.failure("no deltanet plugins in this jar: list them in META-INF/services/org.deltanet.api.<Kind>");
        }
        for (PluginEntry entry : plugins) {
            report.heading("  " + entry.kind().label() + " " + entry.name() + " (" + entry.plugin().getClass().getName()
                    + ")");
            if (entry.kind() == PluginKind.LOSS) {
                report.heading("    " + domains.of((Loss) entry.plugin()));
            }
            report.check(() -> PluginContracts.of(entry, activations, domains));
        }
    }

    private LossDomains lossDomains() {
        try {
            return new LossDomains(lossDomains);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
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
