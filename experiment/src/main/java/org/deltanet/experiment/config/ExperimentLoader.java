package org.deltanet.experiment.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataFormats;
import org.deltanet.data.DataSource;
import org.deltanet.experiment.yaml.TreeCheck;
import org.deltanet.experiment.yaml.YamlErrors;
import org.deltanet.experiment.yaml.YamlMappers;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.files.TextFiles;

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

    private final ObjectMapper yaml = YamlMappers.create();
    private final Function<List<Path>, List<DataFormat>> jarFormats;

    /** A loader of the installed data formats only: a section of another {@code type} is an error. */
    public ExperimentLoader() {
        this(jars -> List.of());
    }

    /**
     * A loader that also knows the data formats of plugin jars: a data section whose {@code type}
     * no installed format has is bound with the formats {@code jarFormats} finds in the jars of the
     * experiment's {@code plugins:} (absolute paths; more, e.g. {@code --plugins}, are its own).
     */
    public ExperimentLoader(Function<List<Path>, List<DataFormat>> jarFormats) {
        this.jarFormats = jarFormats;
    }

    /**
     * @param file      the experiment file
     * @param overrides {@code key.path=value} strings, applied in order
     * @throws ConfigException with a message for the user
     */
    public ExperimentConfig load(Path file, List<String> overrides) {
        String text = read(file);
        if (text.isBlank()) {
            throw new ConfigException(file + ": the experiment file is empty; see docs/experiment-reference.md");
        }
        JsonNode document = bind(() -> yaml.readTree(text), e -> YamlErrors.describe(file, e));
        Path folder = file.toAbsolutePath().getParent();
        ObjectMapper mapper =
                document == null ? yaml : mapperFor(document.path("data"), document.path("plugins"), folder);
        ExperimentConfig config = document == null || document.isMissingNode() || document.isNull()
                ? null
                : bind(() -> TreeCheck.read(mapper, text, ExperimentConfig.class), e -> YamlErrors.describe(file, e));
        if (config == null) {
            throw new ConfigException(file + ": the experiment file holds no settings (only '~', 'null' or '---'); "
                    + "see docs/experiment-reference.md");
        }
        if (!overrides.isEmpty()) {
            ObjectNode tree = (ObjectNode) document;
            for (String override : overrides) {
                Overrides.apply(tree, override, yaml);
            }
            String where = file + " with --set " + String.join(" --set ", overrides);
            config = bind(
                    () -> TreeCheck.bind(mapper, tree, ExperimentConfig.class), e -> YamlErrors.describe(where, e));
        }
        String master = config.spark().get("spark.master");
        if (master != null) {
            SparkMasterUrl.problem(master).ifPresent(problem -> {
                throw locate(
                        new ConfigException(YamlPath.root().key("spark").key("spark.master"), problem),
                        file,
                        overrides);
            });
        }
        return Paths.resolveAgainst(config, folder);
    }

    /**
     * Places a problem found while wiring the config loaded from {@code file} (an unknown plugin or
     * parameter, a value out of range, sizes that do not fit the data) where the user wrote it:
     * {@code file:line:column} of its key, or the {@code --set} override that gave the key its
     * value. A problem without a key is returned as it is.
     *
     * @param overrides the overrides {@code file} was loaded with
     */
    public ConfigException locate(ConfigException problem, Path file, List<String> overrides) {
        if (problem.key().isEmpty()) {
            return problem;
        }
        YamlPath key = problem.key().get();
        for (int i = overrides.size() - 1; i >= 0; i--) {
            String set = overrides
                    .get(i)
                    .substring(0, Math.max(0, overrides.get(i).indexOf('=')))
                    .strip();
            if (key.toString().equals(set)
                    || key.toString().startsWith(set + ".")
                    || key.toString().startsWith(set + "[")) {
                return new ConfigException(
                        key, file + " with --set " + overrides.get(i) + ": " + problem.getMessage(), problem);
            }
        }
        return new ConfigException(key, YamlErrors.where(file, key) + ": " + problem.getMessage(), problem);
    }

    /**
     * The config as YAML, every default written out: what the run directory keeps. A data section
     * of a plugin jar's format is written with the {@code type} its format names.
     */
    public String write(ExperimentConfig config) {
        List<DataFormat> beside = Stream.of(
                        config.data().training(), config.data().test())
                .filter(source -> source != null && !installed(source.getClass()))
                .flatMap(source -> DataFormats.of(source.getClass().getClassLoader()).stream())
                .toList();
        try {
            return (beside.isEmpty() ? yaml : YamlMappers.create(DataFormats.with(beside))).writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the experiment config", e);
        }
    }

    /**
     * Reads a config from YAML text already in memory (a resolved config, a test fixture); a data
     * section of a jar's format is bound as {@link #load} binds it, relative paths of
     * {@code plugins} taken from the working directory.
     */
    public ExperimentConfig parse(String text, String where) {
        JsonNode document = bind(() -> yaml.readTree(text), e -> YamlErrors.describe(where, e));
        ObjectMapper mapper =
                document == null ? yaml : mapperFor(document.path("data"), document.path("plugins"), Path.of(""));
        return bind(() -> TreeCheck.read(mapper, text, ExperimentConfig.class), e -> YamlErrors.describe(where, e));
    }

    /**
     * A data section given outside an experiment file (e.g. {@code deltanet evaluate --source}),
     * bound as an experiment's {@code training} section is: {@code type} picks the format.
     *
     * @param section the section as YAML, e.g. {@code {type: idx, images: a.gz, labels: b.gz}}
     * @param where   what to name in messages, e.g. {@code --source}
     * @throws ConfigException with a message for the user
     */
    public DataSource source(String section, String where) {
        JsonNode tree = bind(() -> yaml.readTree(section), e -> YamlErrors.describe(where, e));
        ObjectMapper mapper = tree == null ? yaml : mapperFor(tree, MissingNode.getInstance(), Path.of(""));
        return bind(() -> TreeCheck.read(mapper, section, DataSource.class), e -> YamlErrors.describe(where, e));
    }

    /**
     * The mapper for data sections: the installed formats' unless a {@code type} in them names none
     * of them, then with the formats of the {@code plugins} jars (relative to {@code folder}) and
     * of the loader's own jars.
     */
    private ObjectMapper mapperFor(JsonNode sections, JsonNode plugins, Path folder) {
        List<String> known =
                DataFormats.installed().stream().map(DataFormat::name).toList();
        if (known.containsAll(sections.findValuesAsText("type"))) {
            return yaml;
        }
        List<Path> jars = new ArrayList<>();
        plugins.forEach(jar -> {
            if (jar.isTextual()) {
                jars.add(folder.resolve(jar.asText()).toAbsolutePath().normalize());
            }
        });
        List<DataFormat> more = jarFormats.apply(jars);
        return more.isEmpty() ? yaml : YamlMappers.create(DataFormats.with(more));
    }

    private static boolean installed(Class<?> sourceType) {
        return DataFormats.installed().stream().anyMatch(format -> format.sourceType() == sourceType);
    }

    private static String read(Path file) {
        try {
            return TextFiles.read(file, TextFiles.EXPERIMENT_LIMIT);
        } catch (TextFiles.LimitException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such experiment file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the experiment file: " + e.getMessage(), e);
        }
    }

    private static <T> T bind(Binding<T> binding, Function<JsonProcessingException, String> describe) {
        try {
            return binding.bind();
        } catch (JsonProcessingException e) {
            throw new ConfigException(describe.apply(e), e);
        }
    }

    @FunctionalInterface
    private interface Binding<T> {
        T bind() throws JsonProcessingException;
    }
}
