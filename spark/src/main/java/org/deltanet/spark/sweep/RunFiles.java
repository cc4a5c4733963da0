package org.deltanet.spark.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A variant's run directory as bytes, carried to the driver from an executor that does not see the
 * sweep directory ({@link SweepFolder#visible()}),
 * which alone writes it under the sweep directory. The executor trains into a scratch folder of
 * its own ({@link #pack}, after which it deletes the folder); the driver writes the files into a
 * hidden folder beside the final one and renames it into place ({@link #writeUnder}), so a run
 * directory in a sweep is either whole or absent, and a task attempt that died left nothing there.
 *
 * @param name      the run directory's name, e.g. {@code iris-03-20261206-031500}
 * @param trainedAt the directory's path on the executor, which text files name (summary.txt) and
 *                  the driver replaces by the final path
 * @param files     each file's bytes by its path relative to the directory, '/'-separated
 */
record RunFiles(String name, String trainedAt, Map<String, byte[]> files) implements VariantRun {

    private static final long serialVersionUID = 1L;
    private static final List<String> TEXT = List.of(".yaml", ".yml", ".txt", ".csv", ".json", ".html");

    /**
     * On the executor: every file of {@code directory}, text files passed through {@code restore}
     * (which puts the driver's paths back in place of staged copies).
     */
    static RunFiles pack(Path directory, UnaryOperator<String> restore) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                if (isText(relative)) {
                    bytes = restore.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                files.put(relative, bytes);
            }
        }
        return new RunFiles(
                directory.getFileName().toString(), directory.toAbsolutePath().toString(), files);
    }

    @Override
    public Path writeUnder(Path parent) throws IOException {
        Path partial = parent.resolve("." + name + ".partial");
        delete(partial);
        Files.createDirectory(partial);
        try {
            return VariantRun.moveIntoPlace(partial, parent, name, target -> write(partial, target.toString()));
        } finally {
            delete(partial);
        }
    }

    private void write(Path folder, String finalPath) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            byte[] bytes = file.getValue();
            if (isText(file.getKey())) {
                bytes = new String(bytes, StandardCharsets.UTF_8)
                        .replace(trainedAt, finalPath)
                        .getBytes(StandardCharsets.UTF_8);
            }
            Files.write(target, bytes);
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Whether a run's file is text that may name paths (summary.txt, experiment.yaml, report.html, ...). */
    static boolean isText(String path) {
        return TEXT.stream().anyMatch(path::endsWith);
    }
}
