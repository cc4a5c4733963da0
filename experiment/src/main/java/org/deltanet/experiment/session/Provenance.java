package org.deltanet.experiment.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.deltanet.api.PluginKind;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.RunProvenance;
import org.deltanet.experiment.model.ModelProvenance;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.JarDigest;
import org.deltanet.loader.PluginJar;
import org.deltanet.registry.PluginEntry;

/**
 * What produced a run: for its {@code experiment.yaml}, the plugin jars whose plugins the
 * experiment names (which replace its {@code plugins:} list, so that training the file again loads
 * the same jars) and the {@code provenance:} section ({@link RunProvenance}), which training the
 * file again checks and uses; for its {@code model.yaml}, the {@link ModelProvenance}.
 */
final class Provenance {

    private static final YamlPath PROVENANCE = YamlPath.root().key("provenance");

    private Provenance() {}

    /**
     * The jars that provide a plugin or a data format the (completed) experiment names, in load
     * order. A format's class was loaded for reading the file, by a class loader named after its
     * jar's path, as the jar's plugins' are.
     */
    static List<PluginJar> jarsUsed(ExperimentConfig config, InstalledPlugins plugins) {
        Set<String> sources = new LinkedHashSet<>();
        for (PluginEntry entry : entriesUsed(config, plugins)) {
            sources.add(entry.source());
        }
        Stream.of(config.data().training(), config.data().test())
                .filter(Objects::nonNull)
                .map(source -> source.getClass().getClassLoader().getName())
                .filter(Objects::nonNull)
                .forEach(sources::add);
        return plugins.jars().stream()
                .filter(jar -> sources.contains(jar.path().toString()))
                .toList();
    }

    /**
     * The provenance of the run's model, before training tells which epoch it holds: deltanet's
     * version, the command line (null if unknown), the experiment's name and seed, and every plugin from a jar the experiment names.
     */
    static ModelProvenance ofModel(ExperimentConfig config, InstalledPlugins plugins, String command) {
        List<ModelProvenance.PluginOrigin> origins = new ArrayList<>();
        for (PluginEntry entry : entriesUsed(config, plugins)) {
            plugins.jars().stream()
                    .filter(jar -> jar.path().toString().equals(entry.source()))
                    .findFirst()
                    .ifPresent(jar -> origins.add(new ModelProvenance.PluginOrigin(
                            entry.kind().label(),
                            entry.name(),
                            jar.path().toAbsolutePath().toString(),
                            jar.version(),
                            jar.sha256())));
        }
        return new ModelProvenance(version(), command, config.name(), config.seed(), null, null, origins);
    }

    /** The installed plugins the (completed) experiment names, each once, built-ins included. */
    private static List<PluginEntry> entriesUsed(ExperimentConfig config, InstalledPlugins plugins) {
        List<PluginSpec> specs = new ArrayList<>(List.of(config.loss(), config.optimizer(), config.schedule()));
        List<PluginKind<?>> kinds =
                new ArrayList<>(List.of(PluginKind.LOSS, PluginKind.OPTIMIZER, PluginKind.SCHEDULE));
        if (config.model() != null) {
            specs.add(config.model().init());
            kinds.add(PluginKind.INITIALIZER);
            for (LayerConfig layer : config.model().layers()) {
                specs.add(layer.activation());
                kinds.add(PluginKind.ACTIVATION);
                if (layer.init() != null) {
                    specs.add(layer.init());
                    kinds.add(PluginKind.INITIALIZER);
                }
            }
        }
        Set<PluginEntry> used = new LinkedHashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            PluginKind<?> kind = kinds.get(i);
            String name = specs.get(i).name();
            plugins.registry().entries().stream()
                    .filter(e -> e.kind() == kind && e.name().equals(name))
                    .forEach(used::add);
        }
        return List.copyOf(used);
    }

    /**
     * The {@code provenance:} section of the run's experiment.yaml: deltanet's version, the jars
     * used with their version and SHA-256, the preferred jars, and the initial model with its SHA-256.
     */
    static RunProvenance of(List<PluginJar> jars, List<String> preferred, Path initialModel) {
        List<RunProvenance.RecordedFile> recorded = jars.stream()
                .map(jar -> new RunProvenance.RecordedFile(
                        jar.path().toAbsolutePath().normalize().toString(), jar.version(), jar.sha256()))
                .toList();
        RunProvenance.RecordedFile model = null;
        if (initialModel != null) {
            Path absolute = initialModel.toAbsolutePath().normalize();
            model = new RunProvenance.RecordedFile(absolute.toString(), null, JarDigest.sha256(absolute));
        }
        return new RunProvenance(version(), recorded, preferred, model);
    }

    /**
     * Checks that every jar a recorded run used is where it was, with the same bytes: training the
     * file again then uses the very code that produced the run.
     *
     * @throws ConfigException naming the jar, its version and both SHA-256s, at its key
     */
    static void checkJars(RunProvenance provenance) {
        if (provenance == null) {
            return;
        }
        for (int i = 0; i < provenance.pluginJars().size(); i++) {
            check(
                    provenance.pluginJars().get(i),
                    "plugin jar",
                    PROVENANCE.key("plugin-jars").index(i));
        }
    }

    /** The initial model a recorded run started from, checked as the jars are; null if none. */
    static Path initialModel(RunProvenance provenance) {
        if (provenance == null || provenance.initialModel() == null) {
            return null;
        }
        RunProvenance.RecordedFile model = provenance.initialModel();
        check(model, "initial model", PROVENANCE.key("initial-model"));
        return Path.of(model.path());
    }

    /** The jars a recorded run preferred; none for a hand-written experiment. */
    static List<String> preferred(RunProvenance provenance) {
        return provenance == null ? List.of() : provenance.prefer();
    }

    private static void check(RunProvenance.RecordedFile recorded, String what, YamlPath key) {
        String used = "the run used the " + what + " " + recorded.path()
                + (recorded.version() == null ? "" : " (version " + recorded.version() + ")") + " with sha256 "
                + recorded.sha256();
        String remedy = "; put that file back at that path, or delete the '" + key
                + "' entry to train with what is installed now";
        Path file = recorded.path() == null ? null : Path.of(recorded.path());
        if (file == null || !Files.isRegularFile(file)) {
            throw new ConfigException(key, key + ": " + used + ", which is missing" + remedy);
        }
        String actual = JarDigest.sha256(file);
        if (!actual.equalsIgnoreCase(String.valueOf(recorded.sha256()))) {
            throw new ConfigException(
                    key, key + ": " + used + ", but that file now has sha256 " + actual + " (other bytes)" + remedy);
        }
    }

    /** deltanet's version from its jar's manifest, or {@code development} when run from classes. */
    static String version() {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
