package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code provenance:} section of a run's {@code experiment.yaml}: what produced the run
 * besides the experiment itself, recorded so that training the file again reproduces it:
 * <pre>
 * provenance:
 *   deltanet: 0.1.0
 *   plugin-jars:
 *   - {path: /home/me/plugins/swish.jar, version: 1.0.0, sha256: 9f86d081...}
 *   prefer: [swish.jar]
 *   initial-model: {path: /home/me/runs/xor-20261206-040000/model.yaml, sha256: 2c26b46b...}
 * </pre>
 * {@code train} reads it back: each jar must be at its path with the same SHA-256 (else a
 * one-line error naming the jar and both hashes), the {@code prefer} choices decide name
 * conflicts as {@code --prefer} does, and the initial model (same check) is used unless
 * {@code --initial-model} names another. A hand-written experiment needs no such section.
 *
 * @param deltanet     the version of deltanet that trained the run (informative)
 * @param pluginJars   the plugin jars whose plugins the run used
 * @param prefer       the jars preferred where two plugins claimed one name, as {@code --prefer} takes them
 * @param initialModel the model file the run started from, or null
 */
public record RunProvenance(
        String deltanet,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RecordedFile> pluginJars,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> prefer,
        RecordedFile initialModel) {

    public RunProvenance {
        pluginJars = pluginJars == null ? List.of() : List.copyOf(pluginJars);
        prefer = prefer == null ? List.of() : List.copyOf(prefer);
    }

    /**
     * A file a run used, known by its bytes.
     *
     * @param path    its absolute path when the run used it
     * @param version a jar's {@code Implementation-Version}, or null
     * @param sha256  the SHA-256 of its bytes, 64 hexadecimal digits
     */
    public record RecordedFile(String path, String version, String sha256) {}
}
