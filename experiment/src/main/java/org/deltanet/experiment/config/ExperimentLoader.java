package org.deltanet.experiment.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an experiment file into an {@link ExperimentConfig}, applying {@code --set} overrides.
 *
 * <p>The file is bound as written first, so that its own mistakes are reported with
 * file:line:column; the overrides are then applied to the parsed tree and the result bound again,
 * mistakes there being reported with the override that caused them. Relative data paths are
 * resolved against the experiment file's folder, so the returned config (and the resolved copy in
 * the run directory) holds absolute paths.
 */
public final class ExperimentLoader {

    private final ObjectMapper yaml = YamlMapper.create();

    /**
     * @param file      the experiment file
     * @param overrides {@code key.path=value} strings, applied in order
     * @throws ConfigException with a message for the user
     */
    public ExperimentConfig load(Path file, List<String> overrides) {
        String text = read(file);
        String where = file.toString();
        if (text.isBlank()) {
            throw new ConfigException(where + ": the experiment file is empty; see docs/experiment-reference.md");
        }
        ExperimentConfig config = bind(() -> yaml.readValue(text, ExperimentConfig.class), where, text);
        if (!overrides.isEmpty()) {
            ObjectNode tree = bind(() -> (ObjectNode) yaml.readTree(text), where, text);
            for (String override : overrides) {
                Overrides.apply(tree, override, yaml);
            }
            config = bind(() -> yaml.treeToValue(tree, ExperimentConfig.class),
                    where + " with --set " + String.join(" --set ", overrides), null);
        }
        return Paths.resolveAgainst(config, file.toAbsolutePath().getParent());
    }

    /** The config as YAML, every default written out: what the run directory keeps. */
    public String write(ExperimentConfig config) {
        try {
            return yaml.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the experiment config", e);
        }
    }

    /** Reads a config from YAML text already in memory (a resolved config, a test fixture). */
    public ExperimentConfig parse(String text, String where) {
        return bind(() -> yaml.readValue(text, ExperimentConfig.class), where, text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such experiment file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the experiment file: " + e.getMessage(), e);
        }
    }

    private static <T> T bind(Binding<T> binding, String where, String text) {
        try {
            T value = binding.bind();
            if (value == null || value instanceof JsonNode node && !node.isObject()) {
                throw new ConfigException(where + ": the experiment file is empty or not a mapping of keys");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ConfigException(YamlErrors.describe(where, text, e), e);
        } catch (ClassCastException e) {
            throw new ConfigException(where + ": the experiment file is not a mapping of keys", e);
        }
    }

    @FunctionalInterface
    private interface Binding<T> {
        T bind() throws JsonProcessingException;
    }
}
