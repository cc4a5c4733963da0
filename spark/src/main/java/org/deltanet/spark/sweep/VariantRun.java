package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A variant's run directory on its way from the task that trained it to the sweep directory, which
 * the driver alone names: {@link RunFiles} carries it as bytes (from an executor that does not see
 * the sweep directory), {@link HandedOverRun} as a folder the task left in the sweep directory (local
 * mode, where the task runs in the driver's JVM, or an executor on a file system shared with the
 * driver).
 */
sealed interface VariantRun extends Serializable permits RunFiles, HandedOverRun {

    /** The run directory's name, e.g. {@code iris-03-20261206-031500}. */
    String name();

    /**
     * On the driver: puts the directory under {@code parent}, under its name or, if that is taken,
     * with {@code -2}, {@code -3}, ... appended, whole or not at all.
     *
     * @return the directory written
     */
    Path writeUnder(Path parent) throws IOException;

    /** What a folder's text files are made to say just before it is renamed to its final path. */
    @FunctionalInterface
    interface Naming {
        void nameAs(Path finalPath) throws IOException;
    }

    /**
     * Renames {@code folder} (a hidden folder of {@code parent}) to the first free name of {@code
     * name}, {@code name-2}, ... under {@code parent}, calling {@code naming} for each name tried.
     *
     * @return the directory's final path
     */
    static Path moveIntoPlace(Path folder, Path parent, String name, Naming naming) throws IOException {
        for (int suffix = 1; ; suffix++) {
            Path target = parent.resolve(suffix == 1 ? name : name + "-" + suffix);
            if (Files.exists(target)) {
                continue;
            }
            naming.nameAs(target.toAbsolutePath());
            try {
                Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // another writer claimed the name between the check and the move: try the next
            }
        }
    }
}
