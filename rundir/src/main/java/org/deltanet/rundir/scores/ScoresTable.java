package org.deltanet.rundir.scores;

import java.util.List;
import java.util.Locale;
import org.deltanet.engine.metrics.Averages;
import org.deltanet.engine.metrics.ClassScores;
import org.deltanet.engine.metrics.ClassificationScores;
import org.deltanet.engine.metrics.LabelScores;
import org.deltanet.engine.metrics.OutputErrors;
import org.deltanet.engine.metrics.RegressionScores;
import org.deltanet.engine.train.Evaluation;

/**
 * An evaluation as plain-text tables, the same whatever the locale. Classes:
 * <pre>
 * 2000 examples  loss 0.2310  accuracy 0.9340
 *
 * confusion matrix (rows: actual class, columns: predicted class)
 *            0    1  ...
 *    0     190    0
 *    ...
 *
 * class         precision  recall      f1  support
 * 0                0.9548  0.9694  0.9620      196
 * ...
 * macro avg        0.9330  0.9327  0.9327     2000
 * weighted avg     0.9343  0.9340  0.9340     2000
 * </pre>
 * 0/1 labels get the same per-label table with each label's true and false positives and
 * negatives, and the exact-match ratio in place of accuracy; numbers get MSE, MAE and R² per
 * output (and over all outputs when there are several), and no accuracy.
 */
public final class ScoresTable {

    private static final String MACRO = "macro avg";
    private static final String WEIGHTED = "weighted avg";

    private ScoresTable() {}

    /** The headline line and the tables, each line ending in a newline. */
    public static String of(Evaluation evaluation) {
        if (evaluation.scores() instanceof ClassificationScores classes) {
            return headline(evaluation, "accuracy", classes.accuracy())
                    + "\n"
                    + confusion(classes)
                    + "\n"
                    + perClass("class", classes.perClass(), classes.macro(), classes.weighted(), null);
        }
        if (evaluation.scores() instanceof LabelScores labels) {
            return headline(evaluation, "exact match", labels.exactMatch())
                    + "\n"
                    + perClass("label", labels.perLabel(), labels.macro(), labels.weighted(), labels);
        }
        return headline(evaluation, null, 0) + "\n" + errors((RegressionScores) evaluation.scores());
    }

    /**
     * One line: the loss and the measures the kind of targets is judged by: accuracy and F1,
     * exact match and F1, or for numbers MSE, MAE and R².
     */
    public static String summaryLine(Evaluation evaluation) {
        if (evaluation.scores() instanceof ClassificationScores classes) {
            return String.format(
                    Locale.ROOT,
                    "loss %.4f  accuracy %.4f  macro F1 %.4f  weighted F1 %.4f",
                    evaluation.loss(),
                    classes.accuracy(),
                    classes.macro().f1(),
                    classes.weighted().f1());
        }
        if (evaluation.scores() instanceof LabelScores labels) {
            return String.format(
                    Locale.ROOT,
                    "loss %.4f  exact match %.4f  macro F1 %.4f",
                    evaluation.loss(),
                    labels.exactMatch(),
                    labels.macro().f1());
        }
        RegressionScores values = (RegressionScores) evaluation.scores();
        return String.format(
                Locale.ROOT,
                "loss %.4f  MSE %s  MAE %s  R² %.4f",
                evaluation.loss(),
                number(values.mse()),
                number(values.mae()),
                values.r2());
    }

    private static String headline(Evaluation evaluation, String measure, double value) {
        return String.format(Locale.ROOT, "%d examples  loss %.4f", evaluation.examples(), evaluation.loss())
                + (measure == null ? "" : String.format(Locale.ROOT, "  %s %.4f", measure, value))
                + "\n";
    }

    private static String confusion(ClassificationScores scores) {
        List<String> classes = scores.classes();
        int k = classes.size();
        long largest = 0;
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                largest = Math.max(largest, scores.count(a, p));
            }
        }
        int cell = Math.max(Long.toString(largest).length(), widest(classes)) + 2;
        int first = widest(classes);
        StringBuilder text = new StringBuilder("confusion matrix (rows: actual class, columns: predicted class)\n");
        text.append(" ".repeat(first));
        for (String name : classes) {
            text.append(padLeft(name, cell));
        }
        text.append('\n');
        for (int a = 0; a < k; a++) {
            text.append(padRight(classes.get(a), first));
            for (int p = 0; p < k; p++) {
                text.append(padLeft(Long.toString(scores.count(a, p)), cell));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** @param labels for 0/1 labels, adds each label's tp, fp, fn and tn; null for classes */
    private static String perClass(
            String what, List<ClassScores> rows, Averages macro, Averages weighted, LabelScores labels) {
        int first = Math.max(
                Math.max(what.length(), WEIGHTED.length()),
                widest(rows.stream().map(ClassScores::name).toList()));
        StringBuilder text = new StringBuilder(padRight(what, first))
                .append(String.format(Locale.ROOT, "  %9s  %6s  %6s  %7s", "precision", "recall", "f1", "support"));
        if (labels != null) {
            text.append(String.format(Locale.ROOT, "  %7s  %7s  %7s  %7s", "tp", "fp", "fn", "tn"));
        }
        text.append('\n');
        long total = 0;
        for (int i = 0; i < rows.size(); i++) {
            ClassScores row = rows.get(i);
            total += row.support();
            text.append(scoreLine(first, row.name(), row.precision(), row.recall(), row.f1(), row.support()));
            if (labels != null) {
                text.append(String.format(
                        Locale.ROOT,
                        "  %7d  %7d  %7d  %7d",
                        labels.count(i, 1, 1),
                        labels.count(i, 0, 1),
                        labels.count(i, 1, 0),
                        labels.count(i, 0, 0)));
            }
            text.append('\n');
        }
        text.append(scoreLine(first, MACRO, macro.precision(), macro.recall(), macro.f1(), total))
                .append('\n');
        text.append(scoreLine(first, WEIGHTED, weighted.precision(), weighted.recall(), weighted.f1(), total))
                .append('\n');
        return text.toString();
    }

    private static String scoreLine(int first, String name, double precision, double recall, double f1, long n) {
        return padRight(name, first)
                + String.format(Locale.ROOT, "  %9.4f  %6.4f  %6.4f  %7d", precision, recall, f1, n);
    }

    private static String errors(RegressionScores scores) {
        List<OutputErrors> outputs = scores.outputs();
        String all = "all outputs";
        int first = Math.max(
                Math.max("output".length(), outputs.size() > 1 ? all.length() : 0),
                widest(outputs.stream().map(OutputErrors::name).toList()));
        StringBuilder text = new StringBuilder(padRight("output", first))
                .append(String.format(Locale.ROOT, "  %12s  %12s  %8s%n", "mse", "mae", "r2"));
        for (OutputErrors output : outputs) {
            text.append(errorLine(first, output.name(), output.mse(), output.mae(), output.r2()));
        }
        if (outputs.size() > 1) {
            text.append(errorLine(first, all, scores.mse(), scores.mae(), scores.r2()));
        }
        return text.toString();
    }

    private static String errorLine(int first, String name, double mse, double mae, double r2) {
        return padRight(name, first)
                + String.format(Locale.ROOT, "  %12s  %12s  %8.4f%n", number(mse), number(mae), r2);
    }

    /** An error of any magnitude in six significant digits: {@code 0.0123457}, {@code 1.23457e+06}. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    private static int widest(List<String> names) {
        return names.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
