package org.deltanet.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The runs and sweeps under the dashboard's directories, summarised for the runs page. A run is
 * read again only when its status or metrics file changed, so polling a folder of a thousand
 * finished runs costs a directory listing and two file stamps per run.
 */
public final class Catalog {

    /** The metrics columns shown as final values. */
    static final List<String> FINAL_COLUMNS =
            List.of("train_loss", "train_accuracy", "validation_loss", "validation_accuracy");

    private final List<Path> roots;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String stamp, RunEntry entry) {}

    /** @param roots the directories whose runs are shown; each may hold runs, sweeps, or be a run itself */
    public Catalog(List<Path> roots) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public List<Path> roots() {
        return roots;
    }

    /**
     * Every run and sweep, with each sweep's variants after it. The directories are listed first,
     * then read in parallel (a changed run only; the others come from the cache).
     */
    public List<RunEntry> entries() {
        List<Found> found = new ArrayList<>();
        for (int r = 0; r < roots.size(); r++) {
            Path root = roots.get(r);
            if (RunFolder.isRun(root)) {
                find(found, r, root, null);
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                    if (RunFolder.isRun(child)) {
                        find(found, r, child, null);
                    }
                }
            } catch (IOException e) {
                // a root that vanished or cannot be read shows no runs
            }
        }
        return found.parallelStream()
                .map(f -> entry(
                        f.root(),
                        new RunFolder(f.directory()),
                        f.sweep() ? "sweep" : "run",
                        f.parent() == null ? null : id(f.root(), f.parent())))
                .toList();
    }

    /** A run or sweep directory found under root number {@code root}; {@code parent} is its sweep's directory. */
    private record Found(int root, Path directory, boolean sweep, Path parent) {}

    private void find(List<Found> found, int root, Path directory, Path parent) {
        List<Path> variants = new RunFolder(directory).children();
        found.add(new Found(root, directory, !variants.isEmpty(), parent));
        for (Path variant : variants) {
            find(found, root, variant, directory);
        }
    }

    private String id(int rootIndex, Path directory) {
        String relative = roots.get(rootIndex).relativize(directory).toString().replace('\\', '/');
        return relative.isEmpty() ? String.valueOf(rootIndex) : rootIndex + "/" + relative;
    }

    /** The directory of run {@code id}, if it names a run or sweep under a root. */
    public Optional<Path> directory(String id) {
        return resolve(id).filter(RunFolder::isRun);
    }

    /**
     * The path {@code id} names (root index, then a path below that root), or empty when it names
     * nothing or lies outside the root, also through {@code ..} or a symbolic link.
     */
    public Optional<Path> resolve(String id) {
        int slash = id.indexOf('/');
        String index = slash < 0 ? id : id.substring(0, slash);
        String rest = slash < 0 ? "" : id.substring(slash + 1);
        if (!index.matches("\\d{1,4}") || Integer.parseInt(index) >= roots.size()) {
            return Optional.empty();
        }
        for (String segment : rest.split("/", -1)) {
            if (segment.equals("..")
                    || segment.equals(".")
                    || segment.contains("\\")
                    || segment.indexOf('\0') >= 0
                    || segment.contains(":")) {
                return Optional.empty();
            }
        }
        Path root = roots.get(Integer.parseInt(index));
        Path target = root.resolve(rest).normalize();
        if (!target.startsWith(root) || !Files.exists(target)) {
            return Optional.empty();
        }
        try {
            return target.toRealPath().startsWith(root.toRealPath()) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private RunEntry entry(int rootIndex, RunFolder folder, String kind, String parent) {
        String stamp = kind + ';' + parent + ';' + stamp(folder.path());
        Cached cached = cache.get(folder.path());
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.entry();
        }
        String id = id(rootIndex, folder.path());
        MetricsTable metrics = folder.metrics();
        Map<String, String> experiment = folder.experiment();
        Map<String, Double> last = new LinkedHashMap<>();
        for (String column : FINAL_COLUMNS) {
            double value = metrics.last(column);
            if (!Double.isNaN(value)) {
                last.put(column, value);
            }
        }
        Map<String, Double> best = new LinkedHashMap<>();
        best(metrics, "validation_loss", true, best);
        best(metrics, "validation_accuracy", false, best);
        double seconds = 0;
        for (double s : metrics.column("seconds")) {
            seconds += Double.isNaN(s) ? 0 : s;
        }
        RunEntry entry = new RunEntry(
                id,
                folder.directoryName(),
                kind,
                parent,
                folder.status(),
                folder.started() == null ? null : folder.started().toString(),
                seconds,
                metrics.epochs(),
                HyperParameters.of(experiment),
                last,
                best);
        cache.put(folder.path(), new Cached(stamp, entry));
        return entry;
    }

    private static void best(MetricsTable metrics, String column, boolean lowest, Map<String, Double> best) {
        int at = metrics.best(column, lowest);
        if (at >= 0) {
            best.put(column, metrics.column(column)[at]);
            best.put(column + "_epoch", metrics.column("epoch")[at]);
        }
    }

    /** What changes when a run moves on: its status file, metrics and results files and their sizes. */
    private static String stamp(Path directory) {
        StringBuilder stamp = new StringBuilder();
        for (String name : List.of(RunFolder.STATUS, "metrics.csv", "results.csv", "experiment.yaml")) {
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(directory.resolve(name), BasicFileAttributes.class);
                stamp.append(attributes.lastModifiedTime().toMillis())
                        .append(':')
                        .append(attributes.size())
                        .append(';');
            } catch (IOException e) {
                stamp.append("-;");
            }
        }
        return stamp.toString();
    }
}
