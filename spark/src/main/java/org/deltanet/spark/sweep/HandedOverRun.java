package org.deltanet.spark.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A variant's run directory that a task left in a hidden folder of the sweep directory for the
 * driver, which renames it into place: a task in the driver's own JVM (local mode), which trained
 * it there, or an executor that sees the driver's sweep directory on a shared file system
 * ({@link SweepFolder#visible()}), which copies it there. No file passes through memory, where
 * {@link RunFiles} would hold the whole directory (a model of 3.7 million weights with its three
 * checkpoints: 210 MB) two or three times over.
 *
 * @param name      the run directory's name, e.g. {@code iris-03-20261206-031500}
 * @param trainedAt the path the directory had while it trained, which text files name (summary.txt)
 *                  and the driver replaces by the final path
 * @param folder    where the task left it: {@code .NAME-UUID.partial} in the sweep directory, which
 *                  {@link KeptVariants} deletes at the end and on resume if the driver never took it
 */
record HandedOverRun(String name, String trainedAt, String folder) implements VariantRun {

    private static final long serialVersionUID = 1L;

    /**
     * In the task: puts the driver's paths back in {@code directory}'s text files in place of staged
     * copies ({@code restore}) and moves it to a hidden folder of {@code sweep}: renamed where both
     * are on one file system (local mode, where the task trained under {@code sweep}), copied file
     * by file where not (an executor's scratch folder and a shared sweep directory). A copy cut
     * short stays a hidden {@code .partial} folder, which the driver deletes.
     */
    static HandedOverRun handOver(Path directory, UnaryOperator<String> restore, Path sweep) throws IOException {
        rewriteText(directory, restore);
        String name = directory.getFileName().toString();
        Path folder = sweep.resolve("." + name + "-" + UUID.randomUUID() + ".partial");
        try {
            Files.move(directory, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            copyTree(directory, folder);
        }
        return new HandedOverRun(name, directory.toAbsolutePath().toString(), folder.toString());
    }

    /** Copies {@code from} and everything in it to {@code to}, which must not exist. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
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
