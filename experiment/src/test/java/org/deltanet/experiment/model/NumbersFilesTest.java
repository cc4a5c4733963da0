package org.deltanet.experiment.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.wiring.NetworkFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .npz} numbers beside model files: the NPY format, NumPy, size, damage and the shared layer schema. */
class NumbersFilesTest {

    @TempDir
    Path dir;

    /** The header of every array follows the NPY 1.0 specification, padded so the data starts at a multiple of 64. */
    @Test
    void arraysFollowTheNpySpecification() throws IOException {
        double[] values = {1.5, -0.0, Double.MIN_VALUE, 1e300, 3, 4};
        byte[] npy = npy(NumpyArchive.Tensor.matrix(2, 3, values));
        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, java.util.Arrays.copyOf(npy, 8));
        int headerLength =
                ByteBuffer.wrap(npy, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        assertEquals(0, (10 + headerLength) % 64);
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"), header);
        assertTrue(header.endsWith("\n"), header);
        assertEquals(10 + headerLength + 8 * values.length, npy.length);
        ByteBuffer data =
                ByteBuffer.wrap(npy, 10 + headerLength, 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            assertEquals(Double.doubleToRawLongBits(value), data.getLong());
        }
        String vector = new String(npy(NumpyArchive.Tensor.vector(new double[] {1})), StandardCharsets.ISO_8859_1);
        assertTrue(vector.contains("'shape': (1,), }"), vector);
        assertArrayEquals(
                values,
                NumpyArchive.parse("x", new ByteArrayInputStream(npy), npy.length)
                        .values());
    }

    /**
     * Arrays longer than the writer's chunk, and of lengths around it, come back bit for bit (the
     * zip reader checks each entry's CRC against its data).
     */
    @Test
    void arraysWrittenInChunksReadBackWhole() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        Map<String, NumpyArchive.Tensor> tensors = new java.util.LinkedHashMap<>();
        for (int length : new int[] {0, 1, 8191, 8192, 8193, 3 * 8192 + 17}) {
            tensors.put(
                    "v" + length,
                    NumpyArchive.Tensor.vector(random.doubles(length, -1e3, 1e3).toArray()));
        }
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        NumpyArchive.write(archive, tensors);

        Map<String, NumpyArchive.Tensor> read = read(archive.toByteArray());
        assertEquals(tensors.keySet(), read.keySet());
        tensors.forEach((name, tensor) ->
                assertArrayEquals(tensor.values(), read.get(name).values(), name));
    }

    /**
     * Arrays of float values are stored as float32 ({@code <f4}, four bytes a value) when narrowed,
     * and read back widened to the same doubles, bit for bit; an array with one value that is not a
     * float value stays float64.
     */
    @Test
    void floatValuesAreStoredAsFloat32() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int length : new int[] {0, 1, 7, 8192, 8193, 3 * 8192 + 5}) {
            double[] floats =
                    RandomModels.rounded(random.doubles(length, -1e3, 1e3).toArray());
            if (length > 0) {
                floats[0] = -0.0;
                floats[length - 1] = Float.MIN_VALUE;
            }
            NumpyArchive.Tensor narrowed = NumpyArchive.Tensor.vector(floats).narrowed();
            assertEquals(NumpyArchive.Storage.FLOAT32, narrowed.storage(), "length " + length);
            byte[] npy = npy(narrowed);
            String header = new String(npy, 10, 118, StandardCharsets.US_ASCII);
            assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (" + length + ",), }"));
            assertEquals(128 + 4L * length, npy.length, "length " + length);
            NumpyArchive.Tensor read = NumpyArchive.parse("x", new ByteArrayInputStream(npy), npy.length);
            assertArrayEquals(floats, read.values(), "length " + length);
            assertEquals(NumpyArchive.Storage.FLOAT32, read.storage());
            if (length > 1) {
                double[] oneDouble = floats.clone();
                oneDouble[length / 2] = Math.nextUp(oneDouble[length / 2]);
                assertEquals(
                        NumpyArchive.Storage.FLOAT64,
                        NumpyArchive.Tensor.vector(oneDouble).narrowed().storage(),
                        "length " + length);
            }
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> new NumpyArchive.Tensor(new int[] {1}, new double[] {0.1}, NumpyArchive.Storage.FLOAT32));
    }

    /** A float32 model's weights and biases are float32 in its numbers file, its scaling float64; it loads identically. */
    @Test
    void float32ModelsStoreFloat32Arrays() throws IOException {
        for (long seed = 1; seed <= 10; seed++) {
            Model model = RandomModels.float32(seed);
            Path file = dir.resolve("model-" + seed + ".yaml");
            ModelFiles.write(file, model);
            Path npz = ModelFiles.numbersFile(file);
            for (var array : read(Files.readAllBytes(npz)).entrySet()) {
                assertEquals(
                        array.getKey().startsWith("scaling.")
                                ? NumpyArchive.Storage.FLOAT64
                                : NumpyArchive.Storage.FLOAT32,
                        array.getValue().storage(),
                        array.getKey() + " of seed " + seed);
            }
            Model loaded = ModelFiles.read(file, TestPlugins.RESOLVER);
            Predictions.assertSameNetwork(model.network(), loaded.network());
            assertEquals(model.scaling(), loaded.scaling());
            assertEquals(Precision.FLOAT32, loaded.precision());
        }
    }

    /** A float32 model of 3.7 million weights takes half the bytes of the same model in float64. */
    @Test
    void float32ModelTakesHalfTheBytes() throws IOException {
        Network network = LargeModels.network(784, 2048, 1024, 10);
        for (Layer layer : network.layers()) {
            layer.setWeights(RandomModels.rounded(layer.weights()));
            layer.setBias(RandomModels.rounded(layer.bias()));
        }
        Path wide = dir.resolve("wide.yaml");
        Path narrow = dir.resolve("narrow.yaml");
        ModelFiles.write(wide, Model.of(network));
        ModelFiles.write(narrow, Model.of(network).withPrecision(Precision.FLOAT32));
        long wideBytes = Files.size(ModelFiles.numbersFile(wide));
        long narrowBytes = Files.size(ModelFiles.numbersFile(narrow));
        assertTrue(wideBytes > 8L * network.parameterCount(), "float64: " + wideBytes);
        assertTrue(narrowBytes < 4L * network.parameterCount() + 4096, "float32: " + narrowBytes);
        Predictions.assertSameNetwork(
                network, ModelFiles.read(narrow, TestPlugins.RESOLVER).network());
    }

    /**
     * A numbers file whose bytes were damaged is reported as not matching its document, not as the
     * parse error the damage happens to cause: a flipped byte anywhere, in a header or in the numbers.
     */
    @Test
    void damagedNumbersFileIsAMismatch() throws IOException {
        Path file = dir.resolve("model.yaml");
        ModelFiles.write(file, RandomModels.model(7));
        Path npz = ModelFiles.numbersFile(file);
        byte[] whole = Files.readAllBytes(npz);
        for (int at = 0; at < whole.length; at += 1 + whole.length / 40) {
            byte[] damaged = whole.clone();
            damaged[at] ^= 0x5a;
            Files.write(npz, damaged);
            String message = assertThrows(ModelFileException.class, () -> ModelFiles.read(file, TestPlugins.RESOLVER))
                    .getMessage();
            assertTrue(message.contains("does not match this document"), "byte " + at + ": " + message);
        }
    }

    private static Map<String, NumpyArchive.Tensor> read(byte[] archive) throws IOException {
        return NumpyArchive.read(new ByteArrayInputStream(archive), archive.length);
    }

    /** The one array's {@code .npy} entry, as {@link NumpyArchive#write} puts it in an archive. */
    private static byte[] npy(NumpyArchive.Tensor tensor) throws IOException {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        NumpyArchive.write(archive, Map.of("x", tensor));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.toByteArray()))) {
            assertEquals("x.npy", zip.getNextEntry().getName());
            return zip.readAllBytes();
        }
    }

    /**
     * NumPy reads the weights and the scaling as they are, bit for bit, in float64 and, from a
     * float32 model, the weights in float32 (skipped where python3 has no numpy).
     */
    @Test
    void numpyReadsTheWeights() throws Exception {
        for (Model model : List.of(RandomModels.model(7), RandomModels.float32(7))) {
            Path file = dir.resolve("model-" + model.precision() + ".yaml");
            ModelFiles.write(file, model);
            String out = python(
                    "import sys, numpy\n"
                            + "d = numpy.load(sys.argv[1])\n"
                            + "for k in sorted(d.files):\n"
                            + "    a = d[k]\n"
                            + "    print(k, a.dtype.str, list(a.shape), ' '.join(float(x).hex() for x in a.ravel()))\n",
                    ModelFiles.numbersFile(file).toString());
            String weights = model.precision() == Precision.FLOAT32 ? "<f4" : "<f8";
            List<String> expected = new ArrayList<>();
            Network network = model.network();
            for (int l = 1; l <= network.depth(); l++) {
                Layer layer = network.layer(l);
                expected.add(line(
                        "layer" + l + ".weights", weights, List.of(layer.units(), layer.inputs()), layer.weights()));
                if (layer.hasBias()) {
                    expected.add(line("layer" + l + ".bias", weights, List.of(layer.units()), layer.bias()));
                }
            }
            model.scaling().ifPresent(scaling -> {
                expected.add(line("scaling.offset", "<f8", List.of(network.inputSize()), scaling.offset()));
                expected.add(line("scaling.scale", "<f8", List.of(network.inputSize()), scaling.scale()));
            });
            assertTrue(model.scaling().isPresent(), "the model of seed 7 has a scaling, so its arrays are checked");
            assertEquals(expected.stream().sorted().toList(), out.lines().toList());
        }
    }

    /** deltanet reads what numpy.savez writes (zip64 entries), in float64 and float32 (skipped without numpy). */
    @Test
    void numpyWrittenArraysAreRead() throws Exception {
        Path npz = dir.resolve("numpy.npz");
        python(
                "import sys, numpy\n"
                        + "w = numpy.arange(12, dtype=numpy.float64).reshape(3, 4) / 7\n"
                        + "numpy.savez(sys.argv[1], w64=w, w32=w.astype(numpy.float32), b=numpy.array([0.1, -2.5]))\n",
                npz.toString());
        Map<String, NumpyArchive.Tensor> read = read(Files.readAllBytes(npz));
        double[] sevenths = new double[12];
        for (int i = 0; i < 12; i++) {
            sevenths[i] = i / 7.0;
        }
        assertArrayEquals(new int[] {3, 4}, read.get("w64").shape());
        assertArrayEquals(sevenths, read.get("w64").values());
        assertEquals(NumpyArchive.Storage.FLOAT32, read.get("w32").storage());
        assertArrayEquals(RandomModels.rounded(sevenths), read.get("w32").values());
        assertArrayEquals(new double[] {0.1, -2.5}, read.get("b").values());
    }

    /** What python3 prints running {@code script}; the test is skipped where python3 or numpy is missing. */
    private static String python(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        Process python;
        try {
            python = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed");
            return "";
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS));
        Assumptions.assumeFalse(out.contains("No module named 'numpy'"), "numpy is not installed");
        assertEquals(0, python.exitValue(), out);
        return out;
    }

    private static String line(String name, String dtype, List<Integer> shape, double[] values) {
        StringBuilder hex = new StringBuilder();
        for (double value : values) {
            hex.append(hex.isEmpty() ? "" : " ").append(pythonHex(value));
        }
        return name + " " + dtype + " " + shape + " " + hex;
    }

    /** Python's float.hex: {@code 0x1.8000000000000p+0}, {@code -0x0.0p+0}, {@code 0x0.0000000000001p-1022}. */
    private static String pythonHex(double value) {
        long bits = Double.doubleToRawLongBits(value);
        String sign = bits < 0 ? "-" : "";
        long mantissa = bits & 0xfffffffffffffL;
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        if (exponent == 0 && mantissa == 0) {
            return sign + "0x0.0p+0";
        }
        int power = exponent == 0 ? -1022 : exponent - 1023;
        return sign + "0x" + (exponent == 0 ? "0" : "1") + "." + String.format("%013x", mantissa) + "p"
                + (power >= 0 ? "+" : "") + power;
    }

    /** A model of more than 5 million weights saves and loads identically (its time is in the bench). */
    @Test
    void largeModelRoundTripsIdentically() {
        Network network = LargeModels.network(784, 2048, 2048, 10);
        assertTrue(network.parameterCount() > 5_000_000, "parameters: " + network.parameterCount());
        Path file = dir.resolve("big.yaml");
        ModelFiles.write(file, Model.of(network));
        Network loaded = ModelFiles.read(file, TestPlugins.RESOLVER).network();
        for (int l = 1; l <= network.depth(); l++) {
            assertArrayEquals(network.layer(l).weights(), loaded.layer(l).weights(), "weights of layer " + l);
            assertArrayEquals(network.layer(l).bias(), loaded.layer(l).bias(), "bias of layer " + l);
        }
    }

    /** A version 1 file (numbers inline) beyond SnakeYAML's 3 MiB default limit still loads. */
    @Test
    void largeVersionOneFileLoads() throws IOException {
        Random random = new Random(11);
        int inputs = 600;
        int units = 400;
        StringBuilder text = new StringBuilder("format: deltanet-model\nversion: 1\ninput-size: " + inputs
                + "\nlayers:\n- units: " + units + "\n  activation: identity\n  weights:\n");
        double[] weights = new double[units * inputs];
        for (int u = 0; u < units; u++) {
            text.append("  - [");
            for (int i = 0; i < inputs; i++) {
                weights[u * inputs + i] = random.nextGaussian();
                text.append(i == 0 ? "" : ", ").append(weights[u * inputs + i]);
            }
            text.append("]\n");
        }
        Path file = Files.writeString(dir.resolve("old.yaml"), text);
        assertTrue(Files.size(file) > 3 * 1024 * 1024, "size " + Files.size(file));
        assertArrayEquals(
                weights,
                ModelFiles.read(file, TestPlugins.RESOLVER).network().layer(1).weights());
    }

    /** A numbers file that does not belong to the document (a save cut short, a copy) is refused, not read. */
    @Test
    void mismatchedNumbersFileIsRefused() throws IOException {
        Path file = dir.resolve("model.yaml");
        ModelFiles.write(file, RandomModels.model(3));
        Path other = dir.resolve("other.yaml");
        ModelFiles.write(other, RandomModels.model(4));
        Files.copy(
                ModelFiles.numbersFile(other),
                ModelFiles.numbersFile(file),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String message = assertThrows(ModelFileException.class, () -> ModelFiles.read(file, TestPlugins.RESOLVER))
                .getMessage();
        assertTrue(message.startsWith(file + ":"), message);
        assertTrue(message.contains("does not match this document"), message);
        Files.delete(ModelFiles.numbersFile(file));
        message = assertThrows(ModelFileException.class, () -> ModelFiles.read(file, TestPlugins.RESOLVER))
                .getMessage();
        assertTrue(message.contains("model.npz is missing; keep it beside model.yaml"), message);
    }

    /** One layer schema: a layer copied from a model file (either version) into an experiment is accepted. */
    @Test
    void layerCopiedFromAModelFileIntoAnExperimentIsAccepted() throws IOException {
        String versionOne =
                """
                - units: 2
                  activation: sigmoid
                  bias: [-1.5, 0.25]
                  bias-mask: [1, 1]
                  weights:
                  - [4.0, 0.0]
                  - [-3.0, 2.5]
                  mask:
                  - [1, 0]
                  - [1, 1]
                """;
        String versionTwo =
                """
                - units: 2
                  activation: sigmoid
                  bias: true
                  mask:
                  - "10"
                  - "11"
                  bias-mask: "11"
                """;
        for (String layers : List.of(versionOne, versionTwo)) {
            Path experiment = Files.writeString(
                    dir.resolve("e.yaml"),
                    "name: copied\ndata: {training: {type: xor}}\nmodel:\n"
                            + "  layers:\n" + layers.indent(2) + "  - units: 1\n    activation: sigmoid\n"
                            + "loss: squared-error\noptimizer: {name: sgd, learning-rate: 0.1}\ntraining: {epochs: 1}\n");
            var config = new ExperimentLoader().load(experiment, List.of());
            Network network = new NetworkFactory(TestPlugins.RESOLVER).build(config.model(), 2, 1, 1);
            Layer first = network.layer(1);
            assertEquals(
                    List.of(true, false, true, true),
                    List.of(
                            first.isConnected(0, 0),
                            first.isConnected(0, 1),
                            first.isConnected(1, 0),
                            first.isConnected(1, 1)));
            if (layers == versionOne) {
                assertArrayEquals(new double[] {4.0, 0.0, -3.0, 2.5}, first.weights());
                assertArrayEquals(new double[] {-1.5, 0.25}, first.bias());
            }
        }
    }

    /** Large networks for round trips, with seeded weights. */
    static final class LargeModels {
        private LargeModels() {}

        static Network network(int... sizes) {
            Random random = new Random(5);
            List<Layer> layers = new ArrayList<>();
            for (int l = 1; l < sizes.length; l++) {
                Layer layer = Layer.dense(
                        sizes[l - 1], sizes[l], TestPlugins.RESOLVER.activation(PluginSpec.of("sigmoid")), true);
                double[] weights = new double[sizes[l] * sizes[l - 1]];
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = random.nextGaussian();
                }
                layer.setWeights(weights);
                double[] bias = new double[sizes[l]];
                for (int i = 0; i < bias.length; i++) {
                    bias[i] = random.nextGaussian();
                }
                layer.setBias(bias);
                layers.add(layer);
            }
            return new Network(layers);
        }
    }
}
