package org.deltanet.rundir;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.deltanet.engine.metrics.TargetKind;
import org.deltanet.engine.train.Metrics;
import org.deltanet.files.AtomicFiles;
import org.deltanet.rundir.scores.ScoresTable;

/**
 * Writes {@code summary.txt}, replacing it atomically: how a run went, for people. Example:
 * <pre>
 * experiment     xor
 * status         complete
 * epochs run     37 of 100, stopped early; best epoch 27
 * model          weights of epoch 27, best by validation-loss (the run stopped early after epoch 37)
 * training       loss 0.0123  accuracy 1.0000
 * validation     loss 0.0200  accuracy 1.0000
 * test           loss 0.0150  accuracy 1.0000  macro F1 1.0000  weighted F1 1.0000
 * wall time      12.3 s (0:12)
 * parameters     9
 * kernel         plain-java
 * deltanet       0.1.0 (deltanet train xor.yaml --set training.epochs=100)
 * run directory  /home/me/runs/xor-20260304-050607
 * files          experiment.yaml
 *                metrics.csv
 *                loss.png
 *
 * test evaluation
 * 4 examples  loss 0.0150  accuracy 1.0000
 * (the confusion matrix and per-class table, as {@code deltanet evaluate} prints them)
 * </pre>
 * A run with a weight penalty adds to the training line {@code (data loss; penalty P, loss with
 * penalty L)}.
 * For numeric targets the lines show no accuracy, and the test line MSE, MAE and R². The files listed are the run directory's standard outputs that exist when the summary is
 * written; write it after the others and before {@link RunDirectory#markComplete()}.
 */
public final class SummaryWriter {

    private static final String FORMAT = "%-15s%s\n";
    private static final String INDENT = " ".repeat(15);

    private SummaryWriter() {}

    /** Writes the summary into the run's {@code summary.txt}. */
    public static void write(RunDirectory run, RunSummary summary) throws IOException {
        AtomicFiles.write(run.summaryFile(), text(run, summary));
    }

    private static String text(RunDirectory run, RunSummary summary) {
        StringBuilder text = new StringBuilder();
        field(text, "experiment", summary.experiment());
        field(text, "status", summary.status().toString());
        field(text, "epochs run", epochs(summary));
        if (summary.model() != null) {
            field(text, "model", summary.model());
        }
        boolean accuracy = summary.targets() != TargetKind.VALUES;
        field(
                text,
                "training",
                metrics(summary.training(), accuracy)
                        + (summary.training() == null || Double.isNaN(summary.trainingPenalty())
                                ? ""
                                : "  (data loss; penalty " + Formats.metric(summary.trainingPenalty())
                                        + ", loss with penalty "
                                        + Formats.metric(summary.training().loss() + summary.trainingPenalty()) + ")"));
        field(text, "validation", metrics(summary.validation(), accuracy));
        field(text, "test", summary.test() == null ? "-" : ScoresTable.summaryLine(summary.test()));
        double seconds = summary.wallTime().toMillis() / 1000.0;
        field(text, "wall time", String.format(Locale.ROOT, "%.1f s (%s)", seconds, Formats.clock(seconds)));
        field(text, "parameters", Long.toString(summary.parameterCount()));
        field(text, "kernel", summary.kernel());
        if (summary.deltanet() != null) {
            field(
                    text,
                    "deltanet",
                    summary.deltanet() + (summary.command() == null ? "" : " (" + summary.command() + ")"));
        }
        field(text, "run directory", run.path().toAbsolutePath().toString());
        List<String> files = producedFiles(run);
        field(text, "files", files.isEmpty() ? "-" : String.join("\n" + INDENT, files));
        if (summary.test() != null) {
            text.append("\ntest evaluation\n").append(ScoresTable.of(summary.test()));
        }
        return text.toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(String.format(Locale.ROOT, FORMAT, name, value));
    }

    private static String epochs(RunSummary summary) {
        return summary.epochsRun() + " of " + summary.epochs()
                + (summary.stoppedEarly() ? ", stopped early" : "")
                + (summary.bestEpoch().isPresent()
                        ? "; best epoch " + summary.bestEpoch().getAsInt()
                        : "");
    }

    private static String metrics(Metrics metrics, boolean accuracy) {
        return metrics == null
                ? "-"
                : "loss " + Formats.metric(metrics.loss())
                        + (accuracy ? "  accuracy " + Formats.metric(metrics.accuracy()) : "");
    }

    /** The standard outputs that exist, relative to the run directory; directories end in {@code /}. */
    private static List<String> producedFiles(RunDirectory run) {
        return run.outputs().stream()
                .filter(path -> !path.equals(run.summaryFile()) && Files.exists(path))
                .map(path -> run.path().relativize(path) + (Files.isDirectory(path) ? "/" : ""))
                .toList();
    }
}
