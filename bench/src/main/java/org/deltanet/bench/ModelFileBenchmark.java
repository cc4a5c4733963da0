package org.deltanet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.registry.PluginRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Saving and loading model files ({@code model.yaml} + {@code model.npz}) at real size: network B
 * (784-256-256-10, 0.27 M parameters) and 784-2048-2048-10 (5.8 M), of a float64 and of a float32
 * run (whose weights the file stores as float32). Each operation writes or reads
 * the whole pair, including the atomic renames, the CRC-32C and every check on the numbers.
 * Run: {@code java -jar bench/target/benchmarks.jar ModelFileBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelFileBenchmark {

    private static final PluginResolver PLUGINS = new PluginResolver(PluginRegistry.builtIn());

    @Param({"784-256-256-10", "784-2048-2048-10"})
    public String sizes;

    /** {@code float32}: a float32 run's model, whose weights are float values (stored as float32). */
    @Param({"float64", "float32"})
    public String precision;

    private Path directory;
    private Path saved;
    private Model model;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        int[] units =
                Arrays.stream(sizes.split("-")).mapToInt(Integer::parseInt).toArray();
        SplittableRandom random = new SplittableRandom(1);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < units.length; l++) {
            Layer layer = Layer.dense(units[l - 1], units[l], PLUGINS.activation(PluginSpec.of("sigmoid")), true);
            layer.setWeights(
                    inPrecision(random.doubles(layer.weights().length, -1, 1).toArray()));
            layer.setBias(inPrecision(random.doubles(units[l], -1, 1).toArray()));
            layers.add(layer);
        }
        model = Model.of(new Network(layers)).withPrecision(Precision.valueOf(precision.toUpperCase(Locale.ROOT)));
        directory = Files.createTempDirectory("deltanet-model-bench");
        saved = directory.resolve("saved.yaml");
        ModelFiles.write(saved, model);
    }

    /** The values as a run in this precision holds them: rounded to float values in float32. */
    private double[] inPrecision(double[] values) {
        if (precision.equals("float32")) {
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) values[i];
            }
        }
        return values;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Benchmark
    public Path save() {
        Path file = directory.resolve("model.yaml");
        ModelFiles.write(file, model);
        return file;
    }

    @Benchmark
    public Model load() {
        return ModelFiles.read(saved, PLUGINS);
    }
}
