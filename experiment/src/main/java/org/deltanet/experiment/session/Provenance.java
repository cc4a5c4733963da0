package org.deltanet.experiment.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.deltanet.api.PluginKind;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.JarDigest;
import org.deltanet.loader.PluginJar;

/**
 * What produced a run, for its {@code experiment.yaml}: the plugin jars whose plugins the
 * experiment names (which replace its {@code plugins:} list, so that training the file again loads
 * the same jars), and a comment header with each jar's version and SHA-256, the {@code --prefer}
 * choices, the initial model with its SHA-256, and deltanet's version.
 */
final class Provenance {

    private Provenance() {}

    /** The jars that provide a plugin the (completed) experiment names, in load order. */
    static List<PluginJar> jarsUsed(ExperimentConfig config, InstalledPlugins plugins) {
        Set<String> sources = new LinkedHashSet<>();
        List<PluginSpec> specs = new ArrayList<>(List.of(config.loss(), config.optimizer(), config.schedule()));
        List<PluginKind> kinds = new ArrayList<>(List.of(PluginKind.LOSS, PluginKind.OPTIMIZER, PluginKind.SCHEDULE));
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
        for (int i = 0; i < specs.size(); i++) {
            PluginKind kind = kinds.get(i);
            String name = specs.get(i).name();
            plugins.registry().entries().stream()
                    .filter(e -> e.kind() == kind && e.name().equals(name))
                    .forEach(e -> sources.add(e.source()));
        }
        return plugins.jars().stream()
                .filter(jar -> sources.contains(jar.path().toString()))
                .toList();
    }

    /**
     * The comment lines that head the run's experiment.yaml; none for a run of built-ins from
     * scratch, whose file alone reproduces it.
     */
    static String header(List<PluginJar> jars, List<String> preferred, Path initialModel) {
        if (jars.isEmpty() && preferred.isEmpty() && initialModel == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("# Written by deltanet " + version()
                + ": the experiment as trained, every default filled in; train it again to reproduce the run.\n");
        for (PluginJar jar : jars) {
            text.append("# plugin jar ")
                    .append(jar.path())
                    .append("  version ")
                    .append(jar.version())
                    .append("  sha256 ")
                    .append(jar.sha256())
                    .append('\n');
        }
        if (!preferred.isEmpty()) {
            text.append("# trained with --prefer ")
                    .append(String.join(" --prefer ", preferred))
                    .append(" (give it again when training this file)\n");
        }
        if (initialModel != null) {
            Path model = initialModel.toAbsolutePath().normalize();
            text.append("# trained with --initial-model ")
                    .append(model)
                    .append("  sha256 ")
                    .append(JarDigest.sha256(model))
                    .append(" (give it again when training this file)\n");
        }
        return text.toString();
    }

    /** deltanet's version from its jar's manifest, or {@code development} when run from classes. */
    static String version() {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
