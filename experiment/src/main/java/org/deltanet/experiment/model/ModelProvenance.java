package org.deltanet.experiment.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deltanet.loader.JarDigest;
import org.deltanet.registry.PluginEntry;
import org.deltanet.registry.PluginRegistry;

/**
 * What produced a model, as its file's {@code provenance:} section records it:
 * <pre>
 * provenance:
 *   deltanet: 1.0.0
 *   command: deltanet train iris.yaml --plugins plugins/swish.jar
 *   experiment: iris
 *   seed: 1
 *   epoch: 27
 *   weights: best by validation-loss (the run stopped early after epoch 32)
 *   plugins:
 *   - {kind: activation, name: swish, jar: /home/me/plugins/swish.jar, version: 1.0.0, sha256: 9f86d0...}
 * </pre>
 * Only plugins from jars are listed; a built-in comes with deltanet itself. {@code predict} and
 * {@code evaluate} use the list to name the jar a model needs and to warn when the installed jar of
 * that name has other bytes. Absent in files written before deltanet recorded it.
 *
 * @param deltanet   the version of deltanet that trained the model
 * @param command    the command line that trained it, or null
 * @param experiment the experiment's name
 * @param seed       the experiment's seed
 * @param epoch      the epoch whose weights the model holds
 * @param weights    which weights these are, for people, e.g. {@code last epoch} or
 *                   {@code best by validation-loss (the run stopped early after epoch 32)}
 * @param plugins    the plugin jars' plugins the experiment used
 */
public record ModelProvenance(
        String deltanet,
        String command,
        String experiment,
        Long seed,
        Integer epoch,
        String weights,
        List<PluginOrigin> plugins) {

    public ModelProvenance {
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** This provenance for the weights of another epoch. */
    public ModelProvenance at(int epochHeld, String which) {
        return new ModelProvenance(deltanet, command, experiment, seed, epochHeld, which, plugins);
    }

    /**
     * Where the installed plugins differ from those the model was trained with: for each recorded
     * plugin that is installed from other bytes (another build of the jar, or a built-in of the
     * same name), a warning naming both, e.g. {@code model.yaml was trained with the activation
     * 'swish' from /a/swish.jar (version 1.0.0, sha256 0bd9...), but the installed one comes from
     * /b/swish.jar (version 1.0.1, sha256 77aa...): its outputs may differ}.
     *
     * @param model the model file, for the message
     */
    public List<String> differencesFrom(PluginRegistry installed, Path model) {
        List<String> warnings = new ArrayList<>();
        for (PluginOrigin origin : plugins) {
            Optional<PluginEntry> entry = installed.entries().stream()
                    .filter(e ->
                            e.kind().label().equals(origin.kind()) && e.name().equals(origin.name()))
                    .filter(e -> isChosen(installed, e))
                    .findFirst();
            if (entry.isEmpty()) {
                continue;
            }
            Path source = Path.of(entry.get().source());
            String now = Files.isRegularFile(source) ? JarDigest.sha256(source) : null;
            if (!origin.sha256().equalsIgnoreCase(String.valueOf(now))) {
                warnings.add(model + " was trained with the " + origin.kind() + " '" + origin.name() + "' from "
                        + origin.jar() + " (version " + origin.version() + ", sha256 " + origin.sha256()
                        + "), but the installed one comes from " + source
                        + (now == null ? "" : " (sha256 " + now + ")")
                        + ": the SHA-256 differs, so its outputs may differ; pass the jar it was trained with"
                        + " with --plugins");
            }
        }
        return warnings;
    }

    /** Whether the registry resolves the entry's kind and name to this entry's plugin. */
    private static boolean isChosen(PluginRegistry installed, PluginEntry entry) {
        try {
            return installed.find(entry.kind(), entry.name()) == entry.plugin();
        } catch (RuntimeException conflictOrMissing) {
            return false;
        }
    }

    /**
     * One plugin from a jar.
     *
     * @param kind    the plugin kind's label, e.g. {@code activation}
     * @param name    the plugin's name, e.g. {@code swish}
     * @param jar     the jar's absolute path when the model was trained
     * @param version the jar's version, or {@code unknown}
     * @param sha256  the SHA-256 of the jar's bytes, 64 hexadecimal digits
     */
    public record PluginOrigin(String kind, String name, String jar, String version, String sha256) {}
}
