package org.deltanet.experiment.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.model.CheckpointListener;
import org.deltanet.rundir.RunDirectory;
import org.deltanet.rundir.RunLock;

/** Creating and reopening run directories, with messages that say what to do. */
final class RunDirectories {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RunDirectories() {}

    /**
     * A fresh run directory under {@code output}.
     *
     * @throws ConfigException saying why it cannot be created and what to give instead
     */
    static RunDirectory create(Path output, String name) {
        try {
            return RunDirectory.create(output, name, Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot create a run directory in " + output + ": " + reason(output, e)
                            + "; give --output (or the file's output key) a folder you can write to",
                    e);
        }
    }

    private static String reason(Path output, IOException e) {
        for (Path folder = output.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                return folder + " is a file, not a folder";
            }
        }
        return e instanceof FileSystemException system && system.getReason() != null
                ? system.getReason()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    /**
     * An existing run directory that has not completed, to resume.
     *
     * @throws ConfigException when it is missing, not a run directory, or complete
     */
    static RunDirectory unfinished(Path directory) {
        try {
            RunDirectory run = RunDirectory.open(directory);
            if (run.status().isComplete()) {
                throw new ConfigException(directory + ": this run is complete; there is nothing to resume");
            }
            return run;
        } catch (NoSuchFileException e) {
            throw new ConfigException(
                    directory + ": " + e.getReason()
                            + "; give the directory train printed, e.g. runs/xor-20260101-120000",
                    e);
        } catch (IOException e) {
            throw new ConfigException(directory + ": not a run directory (" + e.getMessage() + ")", e);
        }
    }

    /** Temporary files a killed run left (atomic writes cut short): never a whole file, safe to remove. */
    static void removeTemporaryFiles(RunDirectory run) {
        for (Path folder : List.of(run.path(), run.checkpointsDirectory())) {
            try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("\\..+\\.tmp"))
                        .toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Claims a run directory for this process while it trains it.
     *
     * @throws ConfigException naming the process that holds it
     */
    static RunLock lock(RunDirectory run) {
        try {
            return RunLock.acquire(run.path());
        } catch (RunLock.HeldException e) {
            throw new ConfigException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + run.path() + ": " + e.getMessage(), e);
        }
    }

    /** The {@code which}-th number in a checkpoint's name (0: epoch, 1: step), of any length; 0 if absent. */
    private static BigInteger number(Path file, int which) {
        Matcher digits = DIGITS.matcher(file.getFileName().toString());
        for (int i = 0; digits.find(); i++) {
            if (i == which) {
                return new BigInteger(digits.group());
            }
        }
        return BigInteger.ZERO;
    }

    /**
     * The newest checkpoint of a run ({@code epoch-N.yaml}, or {@code epoch-N-step-S.yaml} where an
     * interrupt stopped it inside epoch N).
     *
     * @throws ConfigException when the run wrote none
     */
    static Path newestCheckpoint(RunDirectory run) {
        Path folder = run.checkpointsDirectory();
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            // by epoch and step number, not by name: epoch-10000 comes after epoch-9999
            return files.filter(f -> CheckpointListener.NAMES
                            .matcher(f.getFileName().toString())
                            .matches())
                    .max(Comparator.comparing((Path f) -> number(f, 0)).thenComparing(f -> number(f, 1)))
                    .orElseThrow(() -> new ConfigException(run.path() + ": no checkpoint to resume from; the run "
                            + "stopped before its first checkpoint (set training.checkpoint-every to write them)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
