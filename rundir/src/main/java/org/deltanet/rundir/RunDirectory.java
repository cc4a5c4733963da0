package org.deltanet.rundir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.deltanet.files.AtomicFiles;

/**
 * The directory of one training run, {@code <output>/<experiment>-<yyyyMMdd-HHmmss>}, and the
 * paths of the files in it.
 *
 * <p>A new run never reuses or overwrites an existing directory: on a name collision it appends
 * {@code -2}, {@code -3}, ..., and it claims its name with {@link Files#createDirectory}, which
 * fails if the directory exists, so two runs started at once cannot share one.
 *
 * <p>The {@code STATUS} file reads {@code running} from creation until {@link #markComplete()} or
 * {@link #markFailed(String)}; it is replaced atomically, so an interrupted run never looks
 * complete. Example:
 * <pre>{@code
 * RunDirectory run = RunDirectory.create(Path.of("runs"), "xor", Clock.systemDefaultZone());
 * ... train, writing run.metricsFile(), run.lossChart(), ...
 * run.markComplete();
 * }</pre>
 */
public final class RunDirectory {

    /** The trained model's file name in a run directory, beside its {@code model.npz}. */
    public static final String MODEL_FILE = "model.yaml";

    /** The folder of a run directory's checkpoints ({@link #checkpointsDirectory()}). */
    public static final String CHECKPOINTS = "checkpoints";

    private static final String STATUS = "STATUS";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final int MAX_SUFFIX = 10_000;

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    /**
     * Creates a fresh run directory under {@code output} (created if missing) with the status
     * {@code running}.
     *
     * @param experimentName the experiment's name; characters other than letters, digits,
     *                       {@code .}, {@code _} and {@code -} become {@code -}
     * @param clock          gives the time stamp, in the clock's zone
     * @throws IOException if no directory can be created
     */
    public static RunDirectory create(Path output, String experimentName, Clock clock) throws IOException {
        String base = directoryName(experimentName) + "-" + STAMP.format(LocalDateTime.now(clock));
        Files.createDirectories(output);
        for (int suffix = 1; suffix <= MAX_SUFFIX; suffix++) {
            Path candidate = output.resolve(suffix == 1 ? base : base + "-" + suffix);
            try {
                Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            RunDirectory run = new RunDirectory(candidate);
            try {
                run.writeStatus(RunStatus.running());
            } catch (IOException e) {
                // a directory without a STATUS would look like nothing at all; leave none behind
                Files.deleteIfExists(candidate);
                throw e;
            }
            return run;
        }
        throw new IOException("could not create a run directory: " + output.resolve(base) + " and its " + MAX_SUFFIX
                + " numbered variants all exist");
    }

    /**
     * Opens an existing run directory, e.g. to resume it, and checks that it has a readable status.
     *
     * @throws IOException if the directory has no {@code STATUS} file or an unreadable one
     */
    public static RunDirectory open(Path directory) throws IOException {
        RunDirectory run = new RunDirectory(directory);
        run.status();
        return run;
    }

    /** What the {@code STATUS} file says now; a run whose process is gone reads as {@link RunStatus.State#GONE}. */
    public RunStatus status() throws IOException {
        Path file = path.resolve(STATUS);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "not a run directory: it has no " + STATUS + " file");
        }
        try {
            return RunStatus.parse(Files.readString(file)).checked(path);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Sets the status back to {@code running}, when a run is resumed. */
    public void markRunning() throws IOException {
        writeStatus(RunStatus.running());
    }

    /** Records that the run finished; call it last, once every file is written. */
    public void markComplete() throws IOException {
        writeStatus(RunStatus.complete());
    }

    /** Records that the run was interrupted: {@code where} says at which epoch and step, and how to resume. */
    public void markInterrupted(String where) throws IOException {
        writeStatus(RunStatus.interrupted(where));
    }

    /** Records that the run failed, with a reason that is put on one line. */
    public void markFailed(String reason) throws IOException {
        writeStatus(RunStatus.failed(reason));
    }

    private void writeStatus(RunStatus status) throws IOException {
        AtomicFiles.write(path.resolve(STATUS), status + "\n");
    }

    /** The run directory itself. */
    public Path path() {
        return path;
    }

    /** {@code experiment.yaml}: the resolved experiment configuration. */
    public Path experimentFile() {
        return path.resolve("experiment.yaml");
    }

    /** {@code metrics.csv}: one row per epoch. */
    public Path metricsFile() {
        return path.resolve("metrics.csv");
    }

    /** {@code model.yaml}: the trained network. */
    public Path modelFile() {
        return path.resolve(MODEL_FILE);
    }

    /** {@code summary.txt}: how the run went, for people. */
    public Path summaryFile() {
        return path.resolve("summary.txt");
    }

    /** {@code checkpoints/}: resolved only; whoever writes checkpoints creates it. */
    public Path checkpointsDirectory() {
        return path.resolve(CHECKPOINTS);
    }

    /** {@code loss.png}: training and validation loss per epoch. */
    public Path lossChart() {
        return path.resolve("loss.png");
    }

    /** {@code accuracy.png}: training and validation accuracy per epoch. */
    public Path accuracyChart() {
        return path.resolve("accuracy.png");
    }

    /** {@code gradients.png}: mean |delta| per layer per epoch. */
    public Path gradientsChart() {
        return path.resolve("gradients.png");
    }

    /** {@code evaluation.json}: the test set's scores (see {@code ScoresJson}), for runs with test data. */
    public Path evaluationFile() {
        return path.resolve("evaluation.json");
    }

    /** {@code confusion.png}: the test set's confusion matrix, for classification runs with test data. */
    public Path confusionChart() {
        return path.resolve("confusion.png");
    }

    /** Every standard output path (whether it exists yet or not), in the order a listing shows them. */
    public List<Path> outputs() {
        return List.of(
                experimentFile(),
                metricsFile(),
                modelFile(),
                checkpointsDirectory(),
                lossChart(),
                accuracyChart(),
                gradientsChart(),
                confusionChart(),
                evaluationFile(),
                summaryFile());
    }

    @Override
    public String toString() {
        return path.toString();
    }

    private static String directoryName(String experimentName) {
        Objects.requireNonNull(experimentName, "experimentName");
        String name = experimentName.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the experiment needs a name to name its run directory");
        }
        return name;
    }
}
