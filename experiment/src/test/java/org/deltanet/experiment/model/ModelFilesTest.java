package org.deltanet.experiment.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deltanet.api.PluginKind;
import org.deltanet.data.FeatureScaling;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.experiment.config.PluginSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelFilesTest {

    /** A valid model file; the error tests change one thing in it. */
    private static final String VALID =
            """
            format: deltanet-model
            version: 1
            input-size: 2
            layers:
            - units: 2
              activation: sigmoid
              bias: [0.5, -0.5]
              weights:
              - [1.0, 2.0]
              - [3.0, 4.0]
            - units: 1
              activation: {name: leaky-relu, slope: 0.1}
              weights:
              - [1.0, -1.0]
            """;

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("model.yaml"), text);
    }

    /** The message of reading {@code text}, with the file written as {@code model.yaml}. */
    private String error(String text) throws IOException {
        Path file = file(text);
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.read(file, TestPlugins.RESOLVER));
        return e.getMessage().replace(file.toString(), "model.yaml");
    }

    private String errorWith(String original, String replacement) throws IOException {
        assertTrue(VALID.contains(original), original);
        return error(VALID.replace(original, replacement));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void saveLoadPredictsBitForBit(long seed) {
        Model model = RandomModels.model(seed);
        Path file = dir.resolve("model-" + seed + ".yaml");
        ModelFiles.write(file, model);
        Model loaded = ModelFiles.read(file, TestPlugins.RESOLVER);
        Predictions.assertSameNetwork(model.network(), loaded.network());
        assertEquals(model.loss(), loaded.loss());
        assertEquals(model.scaling(), loaded.scaling());
        assertEquals(model.classes(), loaded.classes());
    }

    @Test
    void fileIsReadableYaml() throws IOException {
        Layer hidden = new Layer(
                2,
                2,
                TestPlugins.RESOLVER.activation(PluginSpec.of("sigmoid")),
                true,
                new boolean[] {true, true, false, true},
                new boolean[] {true, false});
        hidden.setWeights(new double[] {4.0, 4.0, 0.0, 2.5});
        hidden.setBias(new double[] {-1.5, 0.0});
        var leaky = TestPlugins.RESOLVER.activation(new PluginSpec("leaky-relu", Map.of("slope", 0.25)));
        Layer output = Layer.dense(2, 1, leaky, false);
        output.setWeights(new double[] {1.0, -2.0});
        var model = new Model(
                new Network(List.of(hidden, output)),
                Optional.of(PluginSpec.of("squared-error")),
                Optional.of(new FeatureScaling("min-max", new double[] {0, 1}, new double[] {1, 0.5})),
                List.of());
        Path file = dir.resolve("model.yaml");
        ModelFiles.write(file, model);
        assertEquals(
                """
                format: deltanet-model
                version: 4
                input-size: 2
                loss: squared-error
                scaling:
                  method: min-max
                numbers:
                  file: model.npz
                  bytes: 1400
                  crc32c: 1fb3b690
                layers:
                - units: 2
                  activation: sigmoid
                  bias: true
                  mask:
                  - "11"
                  - "01"
                  bias-mask: "10"
                - units: 1
                  activation:
                    name: leaky-relu
                    slope: 0.25
                  bias: false
                """,
                Files.readString(file));
        var numbers = NumpyArchive.read(
                Files.newInputStream(ModelFiles.numbersFile(file)), Files.size(ModelFiles.numbersFile(file)));
        assertArrayEquals(new double[] {0.0, 1.0}, numbers.get("scaling.offset").values());
        assertArrayEquals(new double[] {1.0, 0.5}, numbers.get("scaling.scale").values());
    }

    /** A model of one sigmoid unit on two inputs, without scaling, written as {@code model.yaml}; its text. */
    private String writeUnscaledModel() throws IOException {
        Layer layer = Layer.dense(2, 1, TestPlugins.RESOLVER.activation(PluginSpec.of("sigmoid")), true);
        layer.setWeights(new double[] {0.5, -2.0});
        Path file = dir.resolve("model.yaml");
        ModelFiles.write(file, Model.of(new Network(List.of(layer))));
        return Files.readString(file);
    }

    /** Version 2 wrote the scaling's offsets and scales inline; such files keep loading. */
    @Test
    void versionTwoScalingInlineKeepsLoading() throws IOException {
        String text = writeUnscaledModel();
        assertTrue(text.contains("version: 4\n") && text.contains("numbers:"), text);
        Path file = file(text.replace("version: 4", "version: 2")
                .replace("numbers:", "scaling: {method: min-max, offset: [0.0, 1.0], scale: [1.0, 0.5]}\nnumbers:"));
        assertEquals(
                Optional.of(new FeatureScaling("min-max", new double[] {0.0, 1.0}, new double[] {1.0, 0.5})),
                ModelFiles.read(file, TestPlugins.RESOLVER).scaling());
    }

    /** The scaling's arrays in the numbers file must hold one number per input. */
    @Test
    void scalingArraysMustHaveOnePerInput() throws IOException {
        Layer layer = Layer.dense(2, 1, TestPlugins.RESOLVER.activation(PluginSpec.of("sigmoid")), true);
        Model model = new Model(
                new Network(List.of(layer)),
                Optional.empty(),
                Optional.of(new FeatureScaling("min-max", new double[] {0, 1}, new double[] {1, 0.5})),
                List.of());
        var numbers = new LinkedHashMap<>(ModelMapping.tensors(model));
        numbers.put("scaling.scale", NumpyArchive.Tensor.matrix(1, 2, new double[] {1, 0.5}));
        Path file = dir.resolve("model.yaml");
        YamlDocuments.write(file, numbers, reference -> ModelMapping.document(model, DocumentFormat.MODEL, reference));
        String message = assertThrows(ModelFileException.class, () -> ModelFiles.read(file, TestPlugins.RESOLVER))
                .getMessage()
                .replace(file.toString(), "model.yaml");
        assertEquals("model.yaml:6:1: array 'scaling.scale' has shape [1, 2], expected [2]", message);
    }

    /** A scaling whose numbers are neither inline nor in the numbers file is named as missing there. */
    @Test
    void scalingNumbersMustBeSomewhere() throws IOException {
        String text = writeUnscaledModel().replace("numbers:", "scaling:\n  method: standardize\nnumbers:");
        assertEquals("model.yaml:6:1: the numbers file has no array 'scaling.offset'", error(text));
        assertEquals(
                "model.yaml:4:1: missing key 'method' in scaling (none, min-max or standardize)",
                error(text.replace("  method: standardize\n", "  offset: [0, 0]\n  scale: [1, 1]\n")));
    }

    @Test
    void goldenFileKeepsLoading() throws URISyntaxException {
        Path golden = Path.of(getClass().getResource("golden-model-v1.yaml").toURI());
        Model model = ModelFiles.read(golden, TestPlugins.RESOLVER);
        assertEquals(Optional.of(PluginSpec.of("squared-error")), model.loss());
        assertEquals(
                Optional.of(new FeatureScaling("min-max", new double[] {1.0, -2.0}, new double[] {0.5, 0.25})),
                model.scaling());
        assertEquals(List.of("low", "high"), model.classes());
        Layer hidden = model.network().layer(1);
        Layer output = model.network().layer(2);
        assertEquals("identity", hidden.activation().toString());
        assertEquals("leaky-relu(slope=0.5)", output.activation().toString());
        assertArrayEquals(new double[] {1.0, -1.0, 0.5, 0.0, 0.0, 2.0}, hidden.weights());
        assertEquals(List.of(true, false, true), List.of(hidden.hasBias(0), hidden.hasBias(1), hidden.hasBias(2)));
        assertEquals(List.of(false, false), List.of(hidden.isConnected(1, 1), hidden.isConnected(2, 0)));
        assertEquals(List.of(false, true), List.of(output.hasBias(), output.isConnected(1, 1)));
        // input (1, 2): hidden = (1 - 2 + 0.25, 0.5 * 1, 2 * 2 - 1) = (-0.75, 0.5, 3)
        // output = leaky(-0.75 + 1 - 3, 0.375 + 0 + 9) = (0.5 * -2.75, 9.375)
        var data = new ArrayDataset(new double[] {1, 2}, new double[2], 2, 2);
        var loss = TestPlugins.RESOLVER.loss(PluginSpec.of("squared-error"));
        assertArrayEquals(
                new double[] {-1.375, 9.375}, new Evaluator(model.network(), loss, new PlainKernels()).predict(data));
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("none.yaml");
        assertEquals(
                missing + ": no such file",
                assertThrows(ModelFileException.class, () -> ModelFiles.read(missing, TestPlugins.RESOLVER))
                        .getMessage());
    }

    @Test
    void aRunDirectoryStandsForItsModelFile() throws IOException {
        Path file = file(VALID);
        Model model = ModelFiles.read(file, TestPlugins.RESOLVER);
        Model ofDirectory = ModelFiles.read(dir, TestPlugins.RESOLVER);
        assertArrayEquals(
                model.network().layer(1).weights(),
                ofDirectory.network().layer(1).weights());
        assertArrayEquals(
                model.network().layer(2).weights(),
                ofDirectory.network().layer(2).weights());
    }

    @Test
    void aDirectoryWithoutAModelSaysWhatToGive() throws IOException {
        assertEquals(
                dir + ": a directory without model.yaml; give a model file, or the directory of a finished run",
                assertThrows(ModelFileException.class, () -> ModelFiles.read(dir, TestPlugins.RESOLVER))
                        .getMessage());
        Files.createDirectory(dir.resolve("checkpoints"));
        assertEquals(
                dir + ": a directory without model.yaml; give a model file, or the directory of a finished run;"
                        + " this run has not finished: resume it with deltanet train --resume " + dir,
                assertThrows(ModelFileException.class, () -> ModelFiles.read(dir, TestPlugins.RESOLVER))
                        .getMessage());
    }

    @Test
    void yamlSyntaxError() throws IOException {
        assertEquals(
                "model.yaml:6:22: invalid YAML: mapping values are not allowed here",
                errorWith("activation: sigmoid", "activation: sigmoid: x"));
    }

    @Test
    void unknownKeySuggestsTheNearest() throws IOException {
        assertEquals(
                "model.yaml:11:3: unknown key 'unit' in layers[1]; did you mean 'units'?",
                errorWith("- units: 1", "- unit: 1"));
        assertEquals(
                "model.yaml:3:1: unknown key 'inputs'; did you mean 'input-size'?",
                errorWith("input-size: 2", "inputs: 2"));
    }

    @Test
    void missingField() throws IOException {
        assertEquals(
                "model.yaml:11:3: missing key 'weights' in layers[1]",
                error(VALID.substring(0, VALID.lastIndexOf("  weights:"))));
    }

    @Test
    void wrongType() throws IOException {
        assertEquals(
                "model.yaml:11:3: layers[1].units: expected a whole number, got 'one'",
                errorWith("- units: 1", "- units: one"));
    }

    @Test
    void wrongFormatOrVersion() throws IOException {
        assertEquals(
                "model.yaml:1:1: format is 'deltanet-checkpoint', expected 'deltanet-model'",
                errorWith("format: deltanet-model", "format: deltanet-checkpoint"));
        assertEquals(
                "model.yaml:2:1: version 5 is not supported; this program reads versions 1 to 4 of"
                        + " deltanet-model files",
                errorWith("version: 1", "version: 5"));
        assertEquals(
                "model.yaml:11:3: missing key 'bias' in layers[1]: the layer has a bias (the default since"
                        + " version 2) but no numbers for it; give 'bias: [...]' (one per unit) or 'bias: false'",
                errorWith("version: 1", "version: 3"));
        assertEquals(
                "model.yaml:1:1: not a deltanet-model file: there is no 'format: deltanet-model'",
                errorWith("format: deltanet-model\n", ""));
        assertEquals(
                "model.yaml:1:1: not a deltanet-model file: expected a mapping that starts with"
                        + " 'format: deltanet-model'",
                error("- just\n- a list\n"));
    }

    @Test
    void wrongRowLengthNamesLayerRowAndExpectedLength() throws IOException {
        assertEquals(
                "model.yaml:14:5: layer 2: weights row 1 has 3 numbers, expected 2 (one per input)",
                errorWith("- [1.0, -1.0]", "- [1.0, -1.0, 7.0]"));
        assertEquals(
                "model.yaml:8:3: layer 1: 'weights' has 1 row, expected 2 (one per unit)",
                errorWith("  - [3.0, 4.0]\n", ""));
        assertEquals(
                "model.yaml:7:3: layer 1: bias has 3 numbers, expected 2 (one per unit)",
                errorWith("bias: [0.5, -0.5]", "bias: [0.5, -0.5, 1]"));
    }

    @Test
    void maskedWeightMustBeZero() throws IOException {
        assertEquals(
                "model.yaml:10:6: layer 1: weights row 2: number 1 is 3.0 but the 'mask' marks it absent (0);"
                        + " an absent parameter must be 0",
                errorWith("  - [3.0, 4.0]\n", "  - [3.0, 4.0]\n  mask:\n  - [1, 1]\n  - [0, 1]\n"));
        assertEquals(
                "model.yaml:7:15: layer 1: bias: number 2 is -0.5 but the 'bias-mask' marks it absent (0);"
                        + " an absent parameter must be 0",
                errorWith("bias: [0.5, -0.5]", "bias: [0.5, -0.5]\n  bias-mask: [1, 0]"));
    }

    @Test
    void maskValuesAreZeroOrOne() throws IOException {
        assertEquals(
                "model.yaml:13:6: layer 1: mask row 2: number 1 is 2; a mask holds 1 (present) or 0 (absent)",
                errorWith("  - [3.0, 4.0]\n", "  - [3.0, 4.0]\n  mask:\n  - [1, 1]\n  - [2, 1]\n"));
        assertEquals(
                "model.yaml:7:3: layer 1: 'bias-mask' is given but the layer has no 'bias'",
                errorWith("bias: [0.5, -0.5]", "bias-mask: [1, 0]"));
    }

    @Test
    void unknownActivationIsPrefixedWithFileAndLayer() throws IOException {
        String message = errorWith("activation: sigmoid", "activation: sigmod");
        assertTrue(
                message.startsWith("model.yaml:6:3: layer 1: unknown activation 'sigmod';"
                        + " did you mean 'sigmoid'? available activations: "),
                message);
        assertTrue(
                message.contains(
                        String.join(", ", TestPlugins.RESOLVER.registry().names(PluginKind.ACTIVATION))),
                message);
        assertTrue(
                message.endsWith("; if the model was trained with a plugin jar, pass that jar with --plugins"),
                message);
    }

    @Test
    void invalidActivationParameter() throws IOException {
        assertEquals(
                "model.yaml:12:3: layer 2: parameter 'slope' is 5 but must be in [0, 1] (gradient for negative inputs)",
                errorWith("slope: 0.1", "slope: 5"));
    }

    @Test
    void scalingAndClassesMustFitTheNetwork() throws IOException {
        assertEquals(
                "model.yaml:4:1: the scaling has 1 offsets and scales but input-size is 2 (one per input)",
                errorWith("layers:\n", "scaling: {method: none, offset: [0], scale: [1]}\nlayers:\n"));
        assertEquals(
                "model.yaml:4:1: scaling: unknown scaling method 'minmax'; did you mean 'min-max'?"
                        + " valid: none, min-max, standardize",
                errorWith("layers:\n", "scaling: {method: minmax, offset: [0, 0], scale: [1, 1]}\nlayers:\n"));
        assertEquals(
                "model.yaml:5:5: unknown key 'ofset' in scaling; did you mean 'offset'?",
                errorWith("layers:\n", "scaling:\n    ofset: [0, 0]\n    scale: [1, 1]\n    method: none\nlayers:\n"));
        assertEquals(
                "model.yaml:4:1: 'classes' names 2 classes but the last layer has 1 units (one per class)",
                errorWith("layers:\n", "classes: [a, b]\nlayers:\n"));
    }

    @Test
    void unknownLoss() throws IOException {
        String message = errorWith("layers:\n", "loss: test-squared-eror\nlayers:\n");
        assertTrue(
                message.startsWith(
                        "model.yaml:4:1: unknown loss 'test-squared-eror';" + " did you mean 'squared-error'?"),
                message);
    }

    @Test
    void writeFailuresNameTheFile() throws IOException {
        Path occupied = Files.createDirectory(dir.resolve("model.yaml"));
        Files.writeString(occupied.resolve("inside"), "x");
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.write(occupied, RandomModels.model(1)));
        assertTrue(e.getMessage().startsWith(occupied + ": cannot be written: "), e.getMessage());
        Path nowhere = dir.resolve("missing/model.yaml");
        assertEquals(
                nowhere + ": cannot be written: the directory " + nowhere.getParent() + " does not exist",
                assertThrows(ModelFileException.class, () -> ModelFiles.write(nowhere, RandomModels.model(1)))
                        .getMessage());
    }
}
