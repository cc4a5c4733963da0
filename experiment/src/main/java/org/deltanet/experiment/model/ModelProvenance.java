package org.deltanet.experiment.model;

import java.util.List;

/**
 * What produced a model, as its file's {@code provenance:} section records it:
 * <pre>
 * provenance:
 *   deltanet: 1.0.0
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
 * @param experiment the experiment's name
 * @param seed       the experiment's seed
 * @param epoch      the epoch whose weights the model holds
 * @param weights    which weights these are, for people, e.g. {@code last epoch} or
 *                   {@code best by validation-loss (the run stopped early after epoch 32)}
 * @param plugins    the plugin jars' plugins the experiment used
 */
public record ModelProvenance(
        String deltanet, String experiment, Long seed, Integer epoch, String weights, List<PluginOrigin> plugins) {

    public ModelProvenance {
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** This provenance for the weights of another epoch. */
    public ModelProvenance at(int epochHeld, String which) {
        return new ModelProvenance(deltanet, experiment, seed, epochHeld, which, plugins);
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
