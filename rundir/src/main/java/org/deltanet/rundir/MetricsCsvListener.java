package org.deltanet.rundir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.files.AtomicFiles;

/**
 * Appends one row per epoch to {@code metrics.csv} (format: see {@link MetricsCsv}) and keeps the
 * same values in a {@link MetricsHistory}.
 *
 * <p>Each row is appended and the file closed at the end of its epoch, so the file is complete up
 * to the last finished epoch whenever the run stops. A resumed run keeps the rows up to the
 * resumed epoch, drops any later ones (written after the checkpoint it resumes from), and appends.
 * Nothing happens per step. Example:
 * <pre>{@code
 * MetricsCsvListener metrics = MetricsCsvListener.create(run.metricsFile(), network.depth());
 * trainer.train(training, validation, List.of(metrics, progress));
 * MetricsCharts.writeAll(metrics.history(), run);
 * }</pre>
 */
public final class MetricsCsvListener implements TrainingListener {

    private final Path file;
    private final MetricsHistory history;
    private final int completedEpochs;
    private final MetricsCsv layout;

    private MetricsCsvListener(Path file, MetricsHistory history, int completedEpochs, MetricsCsv layout) {
        this.file = file;
        this.history = history;
        this.completedEpochs = completedEpochs;
        this.layout = layout;
    }

    /**
     * Starts a new {@code metrics.csv} with its header, for a classification run without weight penalty.
     *
     * @param layers the network's depth: one delta column per layer
     * @throws java.nio.file.FileAlreadyExistsException if the file exists
     */
    public static MetricsCsvListener create(Path file, int layers) throws IOException {
        return create(file, layers, false, true);
    }

    /**
     * Starts a new {@code metrics.csv} with its header.
     *
     * @param layers    the network's depth: one delta column per layer
     * @param penalized whether the run has a weight penalty: the columns {@code train_penalty} and
     *                  {@code train_loss_with_penalty} at the end
     * @param accuracy  whether the run's targets are classes or labels: the columns
     *                  {@code train_accuracy} and {@code validation_accuracy}; false for numeric
     *                  targets (regression), whose accuracy means nothing
     * @throws java.nio.file.FileAlreadyExistsException if the file exists
     */
    public static MetricsCsvListener create(Path file, int layers, boolean penalized, boolean accuracy)
            throws IOException {
        MetricsCsv layout = new MetricsCsv(layers, accuracy, penalized);
        Files.writeString(file, layout.header() + "\n", StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new MetricsCsvListener(file, new MetricsHistory(layers, accuracy), 0, layout);
    }

    /**
     * Continues the {@code metrics.csv} of a run resumed after {@code completedEpochs}: reads its
     * rows into the history, drops rows of later epochs and appends from there. A last line cut
     * off by an interrupted run is dropped too. The header says whether the file has the accuracy
     * and the penalty columns; rows appended keep to it (an experiment edited to add or remove a
     * penalty before resuming: the penalty is left out, or written as NaN; a regression run written
     * before regression runs left out accuracy keeps its accuracy columns).
     *
     * @throws IOException if the file is missing, its header does not match a network of
     *         {@code layers} layers, or a row other than the last cannot be read
     */
    public static MetricsCsvListener resume(Path file, int layers, int completedEpochs) throws IOException {
        MetricsCsv.Read read = MetricsCsv.read(file, layers);
        MetricsHistory history = new MetricsHistory(layers, read.layout().accuracy());
        StringBuilder kept = new StringBuilder(read.layout().header()).append('\n');
        for (int i = 0; i < read.rows().size() && read.rows().get(i).epoch() <= completedEpochs; i++) {
            history.add(read.rows().get(i));
            kept.append(read.lines().get(i)).append('\n');
        }
        AtomicFiles.write(file, kept.toString());
        return new MetricsCsvListener(file, history, completedEpochs, read.layout());
    }

    /** The epochs written so far, including those of earlier sessions of a resumed run. */
    public MetricsHistory history() {
        return history;
    }

    /** @throws IllegalStateException if training does not start right after the epochs in the file */
    @Override
    public void onStart(int firstEpoch, int epochs, int batchesPerEpoch) {
        if (firstEpoch != completedEpochs + 1) {
            throw new IllegalStateException(file + " was prepared for training from epoch " + (completedEpochs + 1)
                    + ", but training starts at epoch " + firstEpoch);
        }
    }

    /** @throws UncheckedIOException if the row cannot be appended */
    @Override
    public boolean onEpochEnd(EpochReport report) {
        EpochRow row =
                layout.accuracy() ? EpochRow.of(report) : EpochRow.of(report).withoutAccuracy();
        history.add(row);
        try {
            Files.writeString(file, layout.line(row) + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append epoch " + row.epoch() + " to " + file, e);
        }
        return true;
    }
}
