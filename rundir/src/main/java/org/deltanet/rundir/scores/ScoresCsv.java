package org.deltanet.rundir.scores;

import java.util.List;
import java.util.Map;
import org.deltanet.engine.metrics.Averages;
import org.deltanet.engine.metrics.ClassScores;
import org.deltanet.engine.metrics.ClassificationScores;
import org.deltanet.engine.metrics.LabelScores;
import org.deltanet.engine.metrics.OutputErrors;
import org.deltanet.engine.metrics.RegressionScores;
import org.deltanet.engine.train.Evaluation;

/**
 * An evaluation as one tidy CSV table, {@code metric,target,predicted,value}: one number per row,
 * so that a spreadsheet or {@code pandas.read_csv} filters it by metric. {@code target} names the
 * class, label or output a row is about (empty for the whole data set), {@code predicted} the
 * predicted class of a {@code confusion} row. Example:
 * <pre>
 * metric,target,predicted,value
 * examples,,,150
 * loss,,,0.0712
 * accuracy,,,0.9733
 * confusion,setosa,setosa,50
 * precision,setosa,,1.0
 * macro-f1,,,0.9733
 * </pre>
 * Numbers: {@code examples}, {@code loss}; classes: {@code accuracy}, {@code confusion},
 * {@code precision}, {@code recall}, {@code f1}, {@code support} per class, {@code macro-} and
 * {@code weighted-} precision, recall and F1; labels the same with {@code exact-match} for
 * accuracy and {@code tp}, {@code fp}, {@code fn}, {@code tn} per label; numeric targets
 * {@code mse}, {@code mae}, {@code r2} over all outputs and per output.
 */
public final class ScoresCsv {

    private ScoresCsv() {}

    /** The CSV text, with a header row, each row ending in a newline. */
    public static String of(Evaluation evaluation) {
        StringBuilder csv = new StringBuilder("metric,target,predicted,value\n");
        row(csv, "examples", "", "", Long.toString(evaluation.examples()));
        row(csv, "loss", "", evaluation.loss());
        if (evaluation.scores() instanceof ClassificationScores classes) {
            row(csv, "accuracy", "", classes.accuracy());
            List<String> names = classes.classes();
            for (int a = 0; a < names.size(); a++) {
                for (int p = 0; p < names.size(); p++) {
                    row(csv, "confusion", names.get(a), names.get(p), Long.toString(classes.count(a, p)));
                }
            }
            perClass(csv, classes.perClass(), null);
            averages(csv, classes.macro(), classes.weighted());
        } else if (evaluation.scores() instanceof LabelScores labels) {
            row(csv, "exact-match", "", labels.exactMatch());
            perClass(csv, labels.perLabel(), labels);
            averages(csv, labels.macro(), labels.weighted());
        } else {
            RegressionScores values = (RegressionScores) evaluation.scores();
            row(csv, "mse", "", values.mse());
            row(csv, "mae", "", values.mae());
            row(csv, "r2", "", values.r2());
            for (OutputErrors output : values.outputs()) {
                row(csv, "mse", output.name(), output.mse());
                row(csv, "mae", output.name(), output.mae());
                row(csv, "r2", output.name(), output.r2());
            }
        }
        return csv.toString();
    }

    /** @param labels adds each label's tp, fp, fn, tn; null for classes */
    private static void perClass(StringBuilder csv, List<ClassScores> rows, LabelScores labels) {
        for (int i = 0; i < rows.size(); i++) {
            ClassScores row = rows.get(i);
            row(csv, "precision", row.name(), row.precision());
            row(csv, "recall", row.name(), row.recall());
            row(csv, "f1", row.name(), row.f1());
            row(csv, "support", row.name(), "", Long.toString(row.support()));
            if (labels != null) {
                row(csv, "tp", row.name(), "", Long.toString(labels.count(i, 1, 1)));
                row(csv, "fp", row.name(), "", Long.toString(labels.count(i, 0, 1)));
                row(csv, "fn", row.name(), "", Long.toString(labels.count(i, 1, 0)));
                row(csv, "tn", row.name(), "", Long.toString(labels.count(i, 0, 0)));
            }
        }
    }

    private static void averages(StringBuilder csv, Averages macro, Averages weighted) {
        for (var average : List.of(Map.entry("macro", macro), Map.entry("weighted", weighted))) {
            row(csv, average.getKey() + "-precision", "", average.getValue().precision());
            row(csv, average.getKey() + "-recall", "", average.getValue().recall());
            row(csv, average.getKey() + "-f1", "", average.getValue().f1());
        }
    }

    private static void row(StringBuilder csv, String metric, String target, double value) {
        row(csv, metric, target, "", Double.toString(value));
    }

    private static void row(StringBuilder csv, String metric, String target, String predicted, String value) {
        csv.append(metric)
                .append(',')
                .append(field(target))
                .append(',')
                .append(field(predicted))
                .append(',')
                .append(value)
                .append('\n');
    }

    /** A field quoted when it holds a separator, a quote or a line break (RFC 4180). */
    private static String field(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
