package org.deltanet.experiment.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.deltanet.dashboard.Report;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.NamedKernels;
import org.deltanet.engine.metrics.ClassificationScores;
import org.deltanet.engine.metrics.ScoreCounter;
import org.deltanet.engine.metrics.TargetKind;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Evaluation;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.engine.train.TrainingPosition;
import org.deltanet.engine.train.TrainingResult;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.experiment.extension.RunInfo;
import org.deltanet.experiment.model.BestCheckpointListener;
import org.deltanet.experiment.model.CheckpointListener;
import org.deltanet.experiment.model.Checkpoints;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.experiment.model.ModelProvenance;
import org.deltanet.experiment.wiring.ExperimentData;
import org.deltanet.experiment.wiring.RunSettings;
import org.deltanet.experiment.wiring.WiredExperiment;
import org.deltanet.files.AtomicFiles;
import org.deltanet.rundir.EarlyStoppingListener;
import org.deltanet.rundir.EpochRow;
import org.deltanet.rundir.MetricsCharts;
import org.deltanet.rundir.MetricsCsvListener;
import org.deltanet.rundir.ProgressListener;
import org.deltanet.rundir.RunDirectory;
import org.deltanet.rundir.RunStatus;
import org.deltanet.rundir.RunSummary;
import org.deltanet.rundir.SummaryWriter;
import org.deltanet.rundir.scores.ConfusionChart;
import org.deltanet.rundir.scores.ScoresJson;

/**
 * One wired experiment training in its run directory: opens the metrics file, trains with
 * deltanet's listeners and the extensions', then writes the model, the test evaluation
 * ({@code evaluation.json}, and {@code confusion.png} for classes), the charts, the summary and the
 * {@code complete} status. {@link #fail} records a failure instead.
 */
final class TrainingRun {

    private final ExperimentConfig config;
    private final WiredExperiment wired;
    private final Optional<EarlyStoppingListener> stopping;
    private final RunDirectory run;
    private final RunSettings settings;
    private final Instant started;
    private final Interrupts interrupts;
    private final PluginResolver plugins;
    private final ModelProvenance provenance;
    private MetricsCsvListener metrics;
    private TrainingResult result;
    private Evaluation test;
    /** The kernels as the summary names them, once chosen. */
    private String kernel;
    /** The weights the run's model holds, once training ended. */
    private HeldWeights held;

    TrainingRun(
            ExperimentConfig config,
            WiredExperiment wired,
            Optional<EarlyStoppingListener> stopping,
            RunDirectory run,
            RunSettings settings,
            Instant started,
            Interrupts interrupts,
            PluginResolver plugins,
            ModelProvenance provenance) {
        this.config = config;
        this.wired = wired;
        this.stopping = stopping;
        this.run = run;
        this.settings = settings;
        this.started = started;
        this.interrupts = interrupts;
        this.plugins = plugins;
        this.provenance = provenance;
    }

    /**
     * Trains to the end and writes every file of a complete run.
     *
     * @param extensions the extension jars' contributions
     */
    RunOutcome execute(List<ExperimentExtension> extensions) {
        try {
            metrics = openMetrics();
            stopping.ifPresent(listener -> listener.replay(metrics.history()));
            Network network = wired.network();
            ExperimentData data = wired.data();
            Optional<FloatKernels> floats = wired.loop().floatKernels();
            NamedKernels products = floats.isPresent() ? floats.get() : wired.kernels();
            kernel = KernelChoice.announce(
                    settings.console(),
                    products,
                    floats.isPresent() ? Precision.FLOAT32 : Precision.FLOAT64,
                    network,
                    wired.training().batchSizeFor(data.training().size()),
                    data.training().size(),
                    KernelChoice.recordIn(run.checkpointsDirectory()));
            try (ProgressListener progress = new ProgressListener(
                    settings.console(), settings.progressStyle(), targetKind() != TargetKind.VALUES)) {
                result = wired.loop()
                        .resume(
                                data.training(),
                                data.validation(),
                                listeners(progress, extensions),
                                settings.optimizerState(),
                                settings.position());
            }
            if (result.interrupted()) {
                return interrupted(network);
            }
            held = heldWeights(network);
            if (result.stoppedEarly() && stopping.isPresent()) {
                settings.console()
                        .println("deltanet: "
                                + stopping.get()
                                        .announcement(
                                                result.lastEpoch(),
                                                config.training().epochs(),
                                                held.epoch()));
            }
            Model model = wired.models().of(held.network()).withProvenance(provenance.at(held.epoch(), held.which()));
            ModelFiles.write(run.modelFile(), model);
            if (data.test() != null) {
                test = evaluate(model, data);
            }
            MetricsCharts.writeAll(metrics.history(), run);
            writeSummary(RunStatus.complete());
            run.markComplete();
            writeReport();
            return new RunOutcome(run, result, test, network);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + run.path() + ": " + e.getMessage(), e);
        }
    }

    /** The model's scores on the test data, written to {@code evaluation.json} (and {@code confusion.png}). */
    private Evaluation evaluate(Model model, ExperimentData data) throws IOException {
        ScoreCounter counter = ScoreCounter.of(
                targetKind(), model.outputNames(), model.network().outputSize());
        Evaluation evaluation =
                new Evaluator(model.network(), wired.loss(), wired.kernels()).evaluate(data.test(), counter);
        AtomicFiles.write(run.evaluationFile(), ScoresJson.of(evaluation));
        if (evaluation.scores() instanceof ClassificationScores classes) {
            ConfusionChart.write(classes, run.path().getFileName() + " (test data)", run.confusionChart());
        }
        return evaluation;
    }

    private TargetKind targetKind() {
        return TargetKind.of(wired.data().classes(), wired.loss());
    }

    /**
     * The weights the model keeps: with early stopping (and {@code restore-best}, the default) the
     * best epoch's, read back from the best checkpoint; otherwise the last epoch's.
     */
    private HeldWeights heldWeights(Network last) {
        int lastEpoch = result.lastEpoch();
        if (stopping.isEmpty() || !config.training().earlyStopping().restoreBest()) {
            return new HeldWeights(last, lastEpoch, "last epoch");
        }
        String stopped = result.stoppedEarly() ? " (the run stopped early after epoch " + lastEpoch + ")" : "";
        String which = "best by " + stopping.get().metric().label() + stopped;
        OptionalInt best = stopping.get().bestEpoch();
        if (best.isEmpty() || best.getAsInt() == lastEpoch) {
            return new HeldWeights(last, lastEpoch, best.isEmpty() ? "last epoch" : which);
        }
        Path file = BestCheckpointListener.fileIn(run.checkpointsDirectory());
        if (!Files.exists(file)) {
            settings.console()
                    .println("deltanet: warning: the best epoch was " + best.getAsInt() + " but " + file
                            + " is missing (written before deltanet kept one); the model keeps the weights of epoch "
                            + lastEpoch);
            return new HeldWeights(last, lastEpoch, "last epoch (the best checkpoint was missing)");
        }
        return new HeldWeights(Checkpoints.read(file, plugins).model().network(), best.getAsInt(), which);
    }

    /**
     * The network a run's model holds and which epoch's weights those are.
     *
     * @param which for people: {@code last epoch}, {@code best by validation-loss ...}
     */
    private record HeldWeights(Network network, int epoch, String which) {}

    /** Saves where an interrupt stopped training (checkpoint, charts, summary, status), so that --resume continues. */
    private RunOutcome interrupted(Network network) throws IOException {
        TrainingPosition at = result.interruptedAt();
        new CheckpointListener(run.checkpointsDirectory(), 1, Integer.MAX_VALUE, wired.models()::of)
                .write(network, result.optimizerState(), at);
        MetricsCharts.writeAll(metrics.history(), run);
        String where = "at epoch " + (at.completedEpochs() + 1) + ", step " + at.stepsDone()
                + "; resume with: deltanet train --resume " + run.path();
        writeSummary(RunStatus.interrupted(where));
        run.markInterrupted(where);
        writeReport();
        settings.console().println("deltanet: interrupted " + where);
        return new RunOutcome(run, result, null, network);
    }

    /** Marks the run failed; a failure to record the failure is added to the original error. */
    void fail(Throwable error) {
        String reason = error instanceof OutOfMemoryError
                ? "out of memory (" + error.getMessage() + ")"
                : error.getMessage() == null ? error.toString() : error.getMessage();
        try {
            writeSummary(RunStatus.failed(reason));
            run.markFailed(reason);
        } catch (IOException | RuntimeException secondary) {
            error.addSuppressed(secondary);
        }
        writeReport();
    }

    /** {@code report.html} beside the run's files; one that cannot be written is a warning, not a failed run. */
    private void writeReport() {
        try {
            Report.write(run.path());
        } catch (IOException | RuntimeException e) {
            settings.console()
                    .println("deltanet: warning: cannot write " + run.path().resolve(Report.FILE) + ": "
                            + e.getMessage());
        }
    }

    /**
     * A fresh run's new metrics.csv, or a resumed run's, continued: a run resumed from inside its
     * first epoch (0 epochs done, some steps) continues its file too.
     */
    private MetricsCsvListener openMetrics() throws IOException {
        int depth = wired.network().depth();
        return settings.completedEpochs() == 0 && settings.position().atEpochBoundary()
                ? MetricsCsvListener.create(
                        run.metricsFile(),
                        depth,
                        wired.training().regularization().penalty().active(),
                        targetKind() != TargetKind.VALUES)
                : resumedMetrics(depth, settings.completedEpochs());
    }

    /** A resumed run's metrics.csv, which must hold the rows its checkpoint's epochs wrote. */
    private MetricsCsvListener resumedMetrics(int depth, int completedEpochs) {
        try {
            return MetricsCsvListener.resume(run.metricsFile(), depth, completedEpochs);
        } catch (NoSuchFileException e) {
            throw new ConfigException(
                    run.metricsFile() + ": missing; resuming continues the run's metrics.csv, "
                            + "which holds its first " + completedEpochs + " epochs: restore it, or train afresh",
                    e);
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot resume: " + e.getMessage() + "; restore the run's metrics.csv, " + "or train afresh", e);
        }
    }

    /** Progress, metrics, checkpoints, early stopping, then the extensions' listeners. */
    private List<TrainingListener> listeners(ProgressListener progress, List<ExperimentExtension> extensions) {
        List<TrainingListener> listeners = new ArrayList<>(List.of(progress, metrics));
        int every = config.training().checkpointEvery();
        if (every > 0) {
            listeners.add(new CheckpointListener(
                    run.checkpointsDirectory(), every, config.training().keepLast(), wired.models()::of));
        }
        stopping.ifPresent(listener -> {
            listeners.add(listener);
            listeners.add(
                    new BestCheckpointListener(run.checkpointsDirectory(), listener::bestEpoch, wired.models()::of));
        });
        RunInfo info = new RunInfo(
                config.name(),
                config.seed(),
                config.training().epochs(),
                settings.completedEpochs() + 1,
                wired.network().parameterCount(),
                run.path());
        for (ExperimentExtension extension : extensions) {
            listeners.addAll(extension.listeners(info));
        }
        listeners.add(interrupts);
        return listeners;
    }

    private void writeSummary(RunStatus status) throws IOException {
        OptionalInt best = stopping.map(EarlyStoppingListener::bestEpoch).orElse(OptionalInt.empty());
        List<EpochRow> epochs = metrics == null ? List.of() : metrics.history().rows();
        EpochRow last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        SummaryWriter.write(
                run,
                new RunSummary(
                        config.name(),
                        status,
                        last == null ? 0 : last.epoch(),
                        config.training().epochs(),
                        result != null && result.stoppedEarly(),
                        best,
                        last == null ? null : last.training(),
                        last == null ? null : last.validation(),
                        test,
                        targetKind(),
                        Duration.between(started, Instant.now()),
                        wired.network().parameterCount(),
                        kernel != null ? kernel : wired.kernels().name(),
                        held == null ? null : "weights of epoch " + held.epoch() + ", " + held.which(),
                        provenance.deltanet(),
                        provenance.command(),
                        last == null ? Double.NaN : last.penalty()));
    }
}
