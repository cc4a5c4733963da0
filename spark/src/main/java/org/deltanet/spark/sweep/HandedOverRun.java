package org.deltanet.spark.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A variant's run directory that a task in the driver's own JVM (local mode) trained in a hidden
 * folder of the sweep directory and left there for the driver, which renames it into place: no
 * file passes through memory, where {@link RunFiles} would hold the whole directory (a model of
 * 3.7 million weights with its three checkpoints: 210 MB) two or three times over.
 *
 * @param name      the run directory's name, e.g. {@code iris-03-20261206-031500}
 * @param trainedAt the path the directory had while it trained, which text files name (summary.txt)
 *                  and the driver replaces by the final path
 * @param folder    where the task left it: {@code .NAME-UUID.partial} in the sweep directory, which
 *                  {@link KeptVariants} deletes on resume if the driver never took it
 */
record HandedOverRun(String name, String trainedAt, String folder) implements VariantRun {

    private static final long serialVersionUID = 1L;

    /**
     * In the task: puts the driver's paths back in {@code directory}'s text files in place of staged
     * copies ({@code restore}) and moves it to a hidden folder of {@code sweep}, on the same file
     * system (the task trained under {@code sweep}).
     */
    static HandedOverRun handOver(Path directory, UnaryOperator<String> restore, Path sweep) throws IOException {
        rewriteText(directory, restore);
        String name = directory.getFileName().toString();
        Path folder = sweep.resolve("." + name + "-" + UUID.randomUUID() + ".partial");
        Files.move(directory, folder, StandardCopyOption.ATOMIC_MOVE);
        return new HandedOverRun(name, directory.toAbsolutePath().toString(), folder.toString());
    }

    @Override
    public Path writeUnder(Path parent) throws IOException {
        Path handed = Path.of(folder);
        String[] saying = {trainedAt};
        return VariantRun.moveIntoPlace(handed, parent, name, target -> {
            String from = saying[0];
            rewriteText(handed, text -> text.replace(from, target.toString()));
            saying[0] = target.toString();
        });
    }

    /** Passes every text file of {@code directory} through {@code change}, in place. */
    private static void rewriteText(Path directory, UnaryOperator<String> change) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (RunFiles.isText(file.getFileName().toString())) {
                    Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
    }
}
