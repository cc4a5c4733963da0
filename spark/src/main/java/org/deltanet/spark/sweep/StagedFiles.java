package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deltanet.data.DataException;
import org.deltanet.data.DataLocations;
import org.deltanet.data.DataSource;
import org.deltanet.experiment.config.DataConfig;
import org.deltanet.experiment.config.ExperimentConfig;

/**
 * The files a sweep's variants read, taken from the driver's disk to the executors without a
 * shared file system: data files and plugin jars are read on the driver ({@link #read}), broadcast
 * once, and written by each task into its scratch folder ({@link #stage}), where the variant's
 * experiment is pointed at them ({@link Staging#relocate}).
 *
 * <p>A data file named by a URI ({@code file:///...}, {@code hdfs://...}) is read on the driver too,
 * so executors need neither the file system nor its jars. Every data file has been read on the
 * driver before ({@link VariantChecks}); one that went away since is left out, and the variant
 * keeps it: on an executor it then fails as {@code train} would, with the same error. Each file
 * is held in memory once per executor, so data files are limited to 2 GB each.
 */
final class StagedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The driver's path of each file or plugin folder, with its bytes (a folder: its jars by name). */
    private final Map<String, Map<String, byte[]>> files;

    private StagedFiles(Map<String, Map<String, byte[]>> files) {
        this.files = files;
    }

    /** On the driver: every data file and plugin jar the experiments name and the driver can read. */
    static StagedFiles read(List<ExperimentConfig> experiments) {
        Map<String, Map<String, byte[]>> files = new LinkedHashMap<>();
        for (ExperimentConfig experiment : experiments) {
            for (String path : paths(experiment)) {
                if (!files.containsKey(path)) {
                    Map<String, byte[]> content = DataLocations.isUri(path) ? remote(path) : content(Path.of(path));
                    if (content != null) {
                        files.put(path, content);
                    }
                }
            }
        }
        return new StagedFiles(files);
    }

    /** How many bytes the broadcast carries. */
    long bytes() {
        return files.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(b -> b.length)
                .sum();
    }

    /** On an executor: writes every file under {@code folder} and says where each went. */
    Staging stage(Path folder) throws IOException {
        Map<String, String> moved = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, Map<String, byte[]>> entry : files.entrySet()) {
            Path original = Path.of(entry.getKey());
            Path slot = Files.createDirectories(folder.resolve(String.format("%04d", index++)));
            boolean folderEntry = !entry.getValue().containsKey("");
            for (Map.Entry<String, byte[]> file : entry.getValue().entrySet()) {
                String name = file.getKey().isEmpty() ? original.getFileName().toString() : file.getKey();
                Files.write(slot.resolve(name), file.getValue());
            }
            moved.put(entry.getKey(), (folderEntry ? slot : slot.resolve(original.getFileName())).toString());
        }
        return new Staging(moved);
    }

    private static List<String> paths(ExperimentConfig experiment) {
        List<String> paths = new ArrayList<>(experiment.data().training().files());
        if (experiment.data().test() != null) {
            paths.addAll(experiment.data().test().files());
        }
        paths.addAll(experiment.plugins());
        return paths;
    }

    /** A data file named by a URI, read on the driver (through Hadoop unless it is a file: URI), or null if it cannot be. */
    private static Map<String, byte[]> remote(String uri) {
        try {
            return DataLocations.read(uri, StagedFiles::content);
        } catch (DataException e) {
            return null;
        }
    }

    /** A file as {"": bytes}, a folder as its jars by name, or null if the path cannot be read. */
    private static Map<String, byte[]> content(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return Map.of("", Files.readAllBytes(path));
            }
            if (Files.isDirectory(path)) {
                Map<String, byte[]> jars = new LinkedHashMap<>();
                try (Stream<Path> listed = Files.list(path)) {
                    for (Path jar : listed.filter(
                                    p -> p.getFileName().toString().endsWith(".jar"))
                            .sorted()
                            .toList()) {
                        jars.put(jar.getFileName().toString(), Files.readAllBytes(jar));
                    }
                }
                return jars;
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + path + " to send it to the executors: " + e.getMessage(), e);
        }
    }

    /**
     * Where one task staged the files: rewrites an experiment to read them there, and the staged
     * paths in the run directory's text files back to the driver's.
     */
    record Staging(Map<String, String> moved) {

        /** The experiment reading the staged files instead of the driver's. */
        ExperimentConfig relocate(ExperimentConfig config) {
            DataConfig data = config.data();
            DataConfig staged = new DataConfig(
                    relocate(data.training()),
                    data.test() == null ? null : relocate(data.test()),
                    data.scaling(),
                    data.validationSplit());
            return new ExperimentConfig(
                    config.name(),
                    config.seed(),
                    staged,
                    config.model(),
                    config.loss(),
                    config.optimizer(),
                    config.schedule(),
                    config.training(),
                    config.output(),
                    config.plugins().stream().map(this::path).toList(),
                    config.sweep(),
                    config.spark(),
                    config.precision(),
                    // the recorded jars' paths are the driver's; the executor loads the staged copies
                    null);
        }

        private DataSource relocate(DataSource source) {
            return source.withFiles(this::path);
        }

        /** Where the file or jar at the driver's {@code original} path was staged (itself if it was not). */
        Path staged(Path original) {
            return Path.of(path(original.toString()));
        }

        private String path(String original) {
            return moved.getOrDefault(original, original);
        }

        /** {@code text} with every staged path replaced by the driver's path it stands for. */
        String restore(String text) {
            String restored = text;
            List<Map.Entry<String, String>> longestFirst = new ArrayList<>(moved.entrySet());
            longestFirst.sort((a, b) -> b.getValue().length() - a.getValue().length());
            for (Map.Entry<String, String> entry : longestFirst) {
                restored = restored.replace(entry.getValue(), entry.getKey());
            }
            return restored;
        }
    }
}
