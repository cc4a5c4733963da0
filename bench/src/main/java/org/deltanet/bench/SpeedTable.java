package org.deltanet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.deltanet.engine.math.Kernels;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once (one fork each, with JMH's GC profiler) and prints one Markdown table:
 * training samples per second and bytes allocated per step (by the training thread, see
 * {@link MnistStepBenchmark}), steps per second of the tiny networks (with JMH's allocation figure,
 * whose background share is negligible for steps this short), and each kernel's GFLOP/s. Arguments: {@code --quick} (shorter iterations, for a smoke test) and
 * {@code --tsv FILE} (also write {@code key<TAB>value} lines, which {@code bench/compare.py}
 * reads). The forked JVMs get the launcher's options ({@link Kernels#JVM_OPTIONS}: the Vector API
 * module and C2's raised limits). Warm-up is long (five
 * seconds) because until C2 has compiled the Vector API kernels they run boxed, thousands of times
 * slower and allocating on every vector operation.
 */
public final class SpeedTable {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private final StringBuilder table = new StringBuilder();
    private final List<String> tsv = new ArrayList<>();

    private SpeedTable() {}

    public static void main(String[] args) throws RunnerException {
        boolean quick = List.of(args).contains("--quick");
        int tsvAt = List.of(args).indexOf("--tsv");
        new SpeedTable().run(quick, tsvAt >= 0 ? Path.of(args[tsvAt + 1]) : null);
    }

    private void run(boolean quick, Path tsvFile) throws RunnerException {
        line("# deltanet speed, " + LocalDate.now());
        line("");
        line(String.format(
                "processor: %s; Java %s; kernels: %s%n",
                processor(), Runtime.version(), Kernels.best(1).name()));

        line("| network | batch | threads | samples/s | bytes/step |");
        line("| --- | ---: | ---: | ---: | ---: |");
        for (RunResult r : sorted(measure(TrainingBenchmark.class, quick))) {
            String network = r.getParams().getParam("network");
            int batch = Integer.parseInt(r.getParams().getParam("batch"));
            String threads = r.getParams().getParam("threads");
            double samples = r.getPrimaryResult().getScore() * batch;
            double bytes = score(r, "allocatedBytes") / score(r, "steps");
            line(String.format(
                    Locale.ROOT, "| %s | %d | %s | %,.0f | %.1f |", network, batch, threads, samples, bytes));
            record("train " + network + " " + batch + " " + threads, samples);
            record("alloc " + network + " " + batch + " " + threads, bytes);
        }

        line("");
        line("float32 (`precision: float32`, one thread, kernels "
                + Kernels.bestFloat(1).name() + "):");
        line("");
        line("| network | batch | samples/s | bytes/step |");
        line("| --- | ---: | ---: | ---: |");
        for (RunResult r : sorted(measure(Float32TrainingBenchmark.class, quick))) {
            String network = r.getParams().getParam("network");
            int batch = Integer.parseInt(r.getParams().getParam("batch"));
            double samples = r.getPrimaryResult().getScore() * batch;
            double bytes = score(r, "allocatedBytes") / score(r, "steps");
            line(String.format(Locale.ROOT, "| %s | %d | %,.0f | %.1f |", network, batch, samples, bytes));
            record("train32 " + network + " " + batch + " 1", samples);
            record("alloc32 " + network + " " + batch + " 1", bytes);
        }

        line("");
        line("| network | steps/s | bytes/step |");
        line("| --- | ---: | ---: |");
        for (RunResult r : measure(TinyNetworkBenchmark.class, quick)) {
            String network = r.getParams().getParam("network");
            double steps = r.getPrimaryResult().getScore();
            line(String.format(Locale.ROOT, "| %s | %,.0f | %.1f |", network, steps, score(r, ALLOCATION)));
            record("steps " + network, steps);
        }

        line("");
        line("| product m n k | kernel | GFLOP/s |");
        line("| --- | --- | ---: |");
        for (RunResult r : measure(KernelBenchmark.class, quick)) {
            String shape = r.getParams().getParam("shape");
            String kernel = r.getParams().getParam("kernel");
            String[] p = shape.split(" ");
            double gflops = 2.0
                    * Long.parseLong(p[1])
                    * Long.parseLong(p[2])
                    * Long.parseLong(p[3])
                    * r.getPrimaryResult().getScore()
                    / 1e9;
            line(String.format(Locale.ROOT, "| %s | %s | %.1f |", shape, kernel, gflops));
            record("gflops " + shape + " " + kernel, gflops);
        }
        System.out.print(table);
        if (tsvFile != null) {
            try {
                Files.write(tsvFile, tsv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Collection<RunResult> measure(Class<?> benchmark, boolean quick) throws RunnerException {
        System.err.println("bench: running " + benchmark.getSimpleName() + " ...");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(1)
                .warmupIterations(quick ? 3 : 5)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 3)
                .measurementTime(TimeValue.milliseconds(quick ? 500 : 1000))
                .jvmArgsAppend(forkOptions())
                .addProfiler(GCProfiler.class)
                .verbosity(VerboseMode.SILENT);
        return new Runner(options.build()).run();
    }

    /** The forked JVMs' options: the launcher's ({@link Kernels#JVM_OPTIONS}) and the data folder. */
    private static String[] forkOptions() {
        List<String> options = new ArrayList<>(Kernels.JVM_OPTIONS);
        options.add("-D" + Workloads.DATA_PROPERTY + "="
                + Path.of(System.getProperty(Workloads.DATA_PROPERTY, "../shared/data"))
                        .toAbsolutePath());
        return options.toArray(String[]::new);
    }

    /** Network, then threads, then batch: the table's order. */
    private static List<RunResult> sorted(Collection<RunResult> results) {
        return results.stream()
                .sorted((x, y) -> {
                    int byNetwork = x.getParams()
                            .getParam("network")
                            .compareTo(y.getParams().getParam("network"));
                    if (byNetwork != 0) {
                        return byNetwork;
                    }
                    // float32 rows have no threads parameter (one thread)
                    int byThreads = String.valueOf(x.getParams().getParam("threads"))
                            .compareTo(String.valueOf(y.getParams().getParam("threads")));
                    return byThreads != 0
                            ? byThreads
                            : Integer.compare(
                                    Integer.parseInt(x.getParams().getParam("batch")),
                                    Integer.parseInt(y.getParams().getParam("batch")));
                })
                .toList();
    }

    private static double score(RunResult r, String secondary) {
        Result<?> result = r.getSecondaryResults().get(secondary);
        return result == null ? Double.NaN : result.getScore();
    }

    private void line(String text) {
        table.append(text).append(System.lineSeparator());
    }

    private void record(String key, double value) {
        tsv.add(key + "\t" + value);
    }

    private static String processor() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                            .findFirst()
                            .map(line -> line.substring(line.indexOf(':') + 1).trim())
                            .orElse("unknown")
                    + ", "
                    + Runtime.getRuntime().availableProcessors() + " processors";
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " processors";
        }
    }
}
