package org.deltanet.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON documents the pages read: {@code runs} (every run and sweep), {@code run} (one run's
 * curves, experiment, summary, test evaluation and files) and {@code sweep} (ranking table, swept keys, variants).
 * NaN metrics are written as {@code null}.
 */
public final class DashboardData {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Catalog catalog;

    public DashboardData(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** {@code {"runs": [...]}}. */
    public String runs() {
        return json(Map.of("runs", catalog.entries()));
    }

    /** One run, or empty when {@code id} names none. */
    public Optional<String> run(String id) {
        return catalog.directory(id).map(directory -> json(run(id, directory)));
    }

    /** One sweep with its variants, or empty when {@code id} names none. */
    public Optional<String> sweep(String id) {
        return catalog.directory(id).map(directory -> json(sweep(id, directory)));
    }

    Map<String, Object> run(String id, Path directory) {
        RunFolder folder = new RunFolder(directory);
        MetricsTable metrics = folder.metrics();
        Map<String, Object> columns = new LinkedHashMap<>();
        for (String column : metrics.header()) {
            columns.put(column, numbers(metrics.column(column)));
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("id", id);
        run.put("name", folder.directoryName());
        run.put("status", folder.status());
        run.put("started", folder.started() == null ? null : folder.started().toString());
        run.put("epochs", metrics.epochs());
        run.put("metrics", columns);
        run.put("experiment", folder.experiment());
        run.put("experimentText", folder.experimentText());
        run.put("summary", folder.summaryText());
        run.put("evaluation", folder.evaluation());
        run.put("files", folder.files());
        return run;
    }

    Map<String, Object> sweep(String id, Path directory) {
        RunFolder folder = new RunFolder(directory);
        List<List<String>> results = folder.results();
        List<String> header = results.isEmpty() ? List.of() : results.get(0);
        int status = header.indexOf("status");
        Map<String, Object> sweep = new LinkedHashMap<>();
        sweep.put("id", id);
        sweep.put("name", folder.directoryName());
        sweep.put("status", folder.status());
        sweep.put("header", header);
        sweep.put("rows", results.isEmpty() ? List.of() : results.subList(1, results.size()));
        sweep.put("keys", status > 2 ? header.subList(2, status - 1) : List.of());
        sweep.put("metric", status > 2 ? header.get(status - 1) : null);
        sweep.put(
                "variants",
                catalog.entries().stream().filter(e -> id.equals(e.parent())).toList());
        sweep.put("experimentText", folder.experimentText());
        sweep.put("files", folder.files());
        return sweep;
    }

    private static Double[] numbers(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = Double.isFinite(values[i]) ? values[i] : null;
        }
        return boxed;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
