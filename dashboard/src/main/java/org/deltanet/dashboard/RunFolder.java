package org.deltanet.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run or sweep directory as {@code deltanet train} or {@code sweep} writes it. Every file may
 * be missing or half-written while the run goes on: a missing file reads as empty, a YAML file
 * that does not parse (yet) as no keys.
 */
public final class RunFolder {

    /** The file whose presence makes a directory a run (or sweep) directory. */
    public static final String STATUS = "STATUS";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STAMP = Pattern.compile("-(\\d{8}-\\d{6})$");
    private static final DateTimeFormatter STAMP_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path path;

    public RunFolder(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Whether {@code directory} is a run or sweep directory. */
    public static boolean isRun(Path directory) {
        return Files.isRegularFile(directory.resolve(STATUS));
    }

    /** The directory's name, e.g. {@code iris-20261206-024419}. */
    public String directoryName() {
        return path.getFileName().toString();
    }

    /** The status file's first line: {@code running}, {@code complete}, {@code failed: ...}, {@code interrupted ...}. */
    public String status() {
        String text = read(STATUS).strip();
        int newline = text.indexOf('\n');
        return text.isEmpty() ? "unknown" : newline < 0 ? text : text.substring(0, newline);
    }

    /** When the run started, from the directory's time stamp, or null. */
    public LocalDateTime started() {
        Matcher stamp = STAMP.matcher(directoryName());
        if (!stamp.find()) {
            return null;
        }
        try {
            return LocalDateTime.parse(stamp.group(1), STAMP_FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public MetricsTable metrics() {
        return MetricsTable.parse(read("metrics.csv"));
    }

    public String experimentText() {
        return read("experiment.yaml");
    }

    public String summaryText() {
        return read("summary.txt");
    }

    /**
     * The test evaluation ({@code evaluation.json}, as {@code evaluate --json} writes it: a
     * {@code kind} of {@code classes}, {@code labels} or {@code values} and that kind's scores), or
     * null when the run has none (no test data, not finished) or it does not parse.
     */
    public JsonNode evaluation() {
        String text = read("evaluation.json");
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonNode evaluation = JSON.readTree(text);
            return evaluation != null && evaluation.isObject() ? evaluation : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code results.csv} of a sweep, or empty. */
    public List<List<String>> results() {
        return Csv.parse(read("results.csv"));
    }

    /**
     * The resolved experiment as dotted keys ({@code optimizer.learning-rate},
     * {@code model.layers[0].units}) and their values as text, in file order.
     */
    public Map<String, String> experiment() {
        Map<String, String> flat = new LinkedHashMap<>();
        try {
            JsonNode root = YAML.readTree(experimentText());
            if (root != null) {
                flatten("", root, flat);
            }
        } catch (IOException e) {
            // half-written or broken: no keys yet
        }
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode element : node) {
                scalars &= element.isValueNode();
            }
            if (scalars && node.size() > 0) {
                flat.put(prefix, node.toString());
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(prefix + "[" + i + "]", node.get(i), flat);
                }
            }
        } else {
            flat.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    /**
     * The sub-directories that are runs (a sweep's variants); hidden ones left out (a variant a
     * sweep is still moving into place, {@code .NAME-UUID.partial}).
     */
    public List<Path> children() {
        List<Path> children = new ArrayList<>();
        try (Stream<Path> entries = Files.list(path)) {
            entries.filter(Files::isDirectory)
                    .filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .filter(RunFolder::isRun)
                    .sorted()
                    .forEach(children::add);
        } catch (IOException e) {
            // vanished while listing: no children
        }
        return children;
    }

    /** The regular files of the directory, relative, sorted; checkpoints and sub-runs left out. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(path)) {
            entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            // vanished while listing
        }
        return files;
    }

    /** A file's text, or empty when it is missing or cannot be read. */
    String read(String name) {
        try {
            return Files.readString(path.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
