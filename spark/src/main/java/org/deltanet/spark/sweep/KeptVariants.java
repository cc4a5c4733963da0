package org.deltanet.spark.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deltanet.engine.train.Metrics;
import org.deltanet.rundir.EpochRow;
import org.deltanet.rundir.MetricsHistory;
import org.deltanet.rundir.RunDirectory;
import org.deltanet.rundir.RunStatus;

/**
 * The variants that {@code sweep --resume} keeps: those whose run directory is in the sweep
 * directory. The driver writes each one whole, by a rename ({@link VariantRun#writeUnder}), so a
 * directory there is a variant that ended; one that completed is read back from its own files
 * ({@code metrics.csv}'s last epoch, {@code evaluation.json}'s test loss and accuracy; its
 * seconds are those of its epochs), one that failed keeps its {@code STATUS} reason. A variant
 * with no directory (interrupted, lost with its task, or not started) is trained again. The
 * hidden {@code .NAME.partial} folders of a driver killed while it wrote a variant, and the
 * {@code .NAME-UUID.partial} folders of tasks that hand run directories over on disk
 * ({@link HandedOverRun}), are deleted: they are never whole.
 */
final class KeptVariants {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A variant's run directory: {@code NAME-yyyyMMdd-HHmmss}, with {@code -2}, ... where a name was taken. */
    private static final Pattern RUN_NAME = Pattern.compile("(.+?)-\\d{8}-\\d{6}(?:-\\d+)*");

    private KeptVariants() {}

    /**
     * The results of the variants kept, by their 0-based index in {@code names}.
     *
     * @param sweep the sweep directory
     * @param names every variant's name, in variant order
     * @throws IOException if a variant's directory cannot be read
     */
    static Map<Integer, VariantResult> in(Path sweep, List<String> names) throws IOException {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), i);
        }
        deletePartials(sweep);
        Map<Integer, VariantResult> kept = new HashMap<>();
        try (Stream<Path> entries = Files.list(sweep)) {
            for (Path entry : entries.filter(Files::isDirectory).sorted().toList()) {
                Matcher run = RUN_NAME.matcher(entry.getFileName().toString());
                Integer variant = run.matches() ? byName.get(run.group(1)) : null;
                if (variant != null && !kept.containsKey(variant)) {
                    kept.put(variant, read(variant + 1, entry));
                }
            }
        }
        return kept;
    }

    /**
     * Deletes the sweep directory's hidden {@code .partial} folders: what a driver or task that
     * died, or a task whose answer was dropped, left there; and the tasks' token
     * ({@link SweepFolder#TOKEN_FILE}), which each session writes anew.
     */
    static void deletePartials(Path sweep) throws IOException {
        Files.deleteIfExists(sweep.resolve(SweepFolder.TOKEN_FILE));
        try (Stream<Path> entries = Files.list(sweep)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".partial")) {
                    RunFiles.delete(entry);
                }
            }
        }
    }

    private static VariantResult read(int number, Path directory) throws IOException {
        RunDirectory run = RunDirectory.open(directory);
        RunStatus status = run.status();
        if (status.state() == RunStatus.State.FAILED) {
            return VariantResult.failed(number, directory.toString(), status.reason(), 0.0);
        }
        List<EpochRow> epochs = MetricsHistory.read(run.metricsFile()).rows();
        if (!status.isComplete() || epochs.isEmpty()) {
            throw new IOException(directory + ": a variant's run directory that is neither complete nor failed ("
                    + status + "); move it out of the sweep directory to train the variant again");
        }
        EpochRow last = epochs.get(epochs.size() - 1);
        return VariantResult.complete(
                number,
                directory.toString(),
                last.epoch(),
                epochs.stream().mapToDouble(EpochRow::seconds).sum(),
                last.training(),
                last.validation(),
                test(run.evaluationFile()));
    }

    /** The test loss and accuracy (NaN for numeric targets) of {@code evaluation.json}, or null without one. */
    private static Metrics test(Path evaluation) throws IOException {
        if (!Files.exists(evaluation)) {
            return null;
        }
        JsonNode scores = JSON.readTree(evaluation.toFile());
        return new Metrics(
                scores.path("loss").asDouble(Double.NaN),
                scores.path("accuracy").asDouble(Double.NaN));
    }
}
