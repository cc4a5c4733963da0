package org.deltanet.rundir.scores;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * An evaluation as a JSON object, e.g. for classes:
 * <pre>{@code
 * {"kind": "classes", "examples": 2000, "loss": 0.231, "accuracy": 0.934,
 *  "classes": ["0", "1", ...],
 *  "confusion": [[190, 0, ...], ...],          // rows: actual class, columns: predicted
 *  "per_class": [{"class": "0", "precision": 0.95, "recall": 0.97, "f1": 0.96, "support": 196}, ...],
 *  "macro": {"precision": ..., "recall": ..., "f1": ...}, "weighted": {...}}
 * }</pre>
 * For 0/1 labels ({@code "kind": "labels"}): {@code exact_match}, {@code per_label} (each also with
 * {@code tp}, {@code fp}, {@code fn}, {@code tn}), {@code macro}, {@code weighted}. For numbers
 * ({@code "kind": "values"}): {@code mse}, {@code mae}, {@code r2} over all outputs and
 * {@code per_output} ({@code output}, {@code mse}, {@code mae}, {@code r2}); no accuracy.
 */
public final class ScoresJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ScoresJson() {}

    /** The JSON text, pretty-printed, ending in a newline. */
    public static String of(Evaluation evaluation) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("kind", evaluation.scores().kind().name().toLowerCase(Locale.ROOT));
            json.writeNumberField("examples", evaluation.examples());
            json.writeNumberField("loss", evaluation.loss());
            if (evaluation.scores() instanceof ClassificationScores classes) {
                classification(json, classes);
            } else if (evaluation.scores() instanceof LabelScores labels) {
                labels(json, labels);
            } else {
                regression(json, (RegressionScores) evaluation.scores());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void classification(JsonGenerator json, ClassificationScores scores) throws IOException {
        json.writeNumberField("accuracy", scores.accuracy());
        json.writeArrayFieldStart("classes");
        for (String name : scores.classes()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("confusion");
        int k = scores.classes().size();
        for (int a = 0; a < k; a++) {
            json.writeStartArray();
            for (int p = 0; p < k; p++) {
                json.writeNumber(scores.count(a, p));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        perClass(json, "per_class", "class", scores.perClass(), null);
        averages(json, scores.macro(), scores.weighted());
    }

    private static void labels(JsonGenerator json, LabelScores scores) throws IOException {
        json.writeNumberField("exact_match", scores.exactMatch());
        perClass(json, "per_label", "label", scores.perLabel(), scores);
        averages(json, scores.macro(), scores.weighted());
    }

    private static void regression(JsonGenerator json, RegressionScores scores) throws IOException {
        json.writeNumberField("mse", scores.mse());
        json.writeNumberField("mae", scores.mae());
        json.writeNumberField("r2", scores.r2());
        json.writeArrayFieldStart("per_output");
        for (OutputErrors output : scores.outputs()) {
            json.writeStartObject();
            json.writeStringField("output", output.name());
            json.writeNumberField("mse", output.mse());
            json.writeNumberField("mae", output.mae());
            json.writeNumberField("r2", output.r2());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** @param labels adds each label's tp, fp, fn, tn; null for classes */
    private static void perClass(
            JsonGenerator json, String field, String key, List<ClassScores> rows, LabelScores labels)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (int i = 0; i < rows.size(); i++) {
            ClassScores row = rows.get(i);
            json.writeStartObject();
            json.writeStringField(key, row.name());
            json.writeNumberField("precision", row.precision());
            json.writeNumberField("recall", row.recall());
            json.writeNumberField("f1", row.f1());
            json.writeNumberField("support", row.support());
            if (labels != null) {
                json.writeNumberField("tp", labels.count(i, 1, 1));
                json.writeNumberField("fp", labels.count(i, 0, 1));
                json.writeNumberField("fn", labels.count(i, 1, 0));
                json.writeNumberField("tn", labels.count(i, 0, 0));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void averages(JsonGenerator json, Averages macro, Averages weighted) throws IOException {
        average(json, "macro", macro);
        average(json, "weighted", weighted);
    }

    private static void average(JsonGenerator json, String name, Averages average) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("precision", average.precision());
        json.writeNumberField("recall", average.recall());
        json.writeNumberField("f1", average.f1());
        json.writeEndObject();
    }
}
