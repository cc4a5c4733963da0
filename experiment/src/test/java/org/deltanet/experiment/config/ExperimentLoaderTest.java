package org.deltanet.experiment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataFormats;
import org.deltanet.data.csv.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentLoaderTest {

    private static final String XOR =
            """
            name: xor
            seed: 7
            data:
              training: { type: xor }
            model:
              layers:
                - { units: 4, activation: tanh }
                - { units: 1, activation: sigmoid }
            loss: binary-cross-entropy
            optimizer: { name: momentum, learning-rate: 0.5, momentum: 0.9 }
            training:
              mode: batch
              epochs: 300
            """;

    @TempDir
    Path dir;

    private final ExperimentLoader loader = new ExperimentLoader();

    private Path write(String text) throws IOException {
        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, text);
        return file;
    }

    private String error(String text, String... overrides) throws IOException {
        Path file = write(text);
        return assertThrows(ConfigException.class, () -> loader.load(file, List.of(overrides)))
                .getMessage();
    }

    @Test
    void bindsEveryKeyAndFillsDefaults() throws IOException {
        ExperimentConfig config = loader.load(write(XOR), List.of());
        assertEquals("xor", config.name());
        assertEquals(7L, config.seed());
        assertEquals(2, config.model().layers().size());
        assertEquals(4, config.model().layers().get(0).units());
        assertEquals(PluginSpec.of("tanh"), config.model().layers().get(0).activation());
        assertEquals(0.5, config.optimizer().parameters().get("learning-rate"));
        assertEquals(Mode.BATCH, config.training().mode());
        assertEquals(300, config.training().epochs());
        assertEquals(32, config.training().batchSize());
        assertEquals(org.deltanet.data.ScalingMethod.NONE, config.data().scaling());
        assertEquals("runs", config.output());
    }

    @Test
    void resolvedConfigReadsBackEqual() throws IOException {
        ExperimentConfig config = loader.load(write(XOR), List.of());
        String written = loader.write(config);
        assertEquals(config, loader.parse(written, "resolved"));
    }

    @Test
    void overridesUseTheFilesDottedKeys() throws IOException {
        ExperimentConfig config = loader.load(
                write(XOR),
                List.of(
                        "optimizer.learning-rate=0.05",
                        "model.layers[0].units=8",
                        "training.epochs=3",
                        "loss=squared-error"));
        assertEquals(0.05, config.optimizer().parameters().get("learning-rate"));
        assertEquals(8, config.model().layers().get(0).units());
        assertEquals(3, config.training().epochs());
        assertEquals(PluginSpec.of("squared-error"), config.loss());
    }

    @Test
    void overrideOnABarePluginNameAddsAParameter() throws IOException {
        ExperimentConfig config = loader.load(
                write(XOR.replace("{ name: momentum, learning-rate: 0.5, momentum: 0.9 }", "sgd")),
                List.of("optimizer.learning-rate=0.2"));
        assertEquals(new PluginSpec("sgd", java.util.Map.of("learning-rate", 0.2)), config.optimizer());
    }

    @Test
    void unknownKeyNamesTheLineAndTheNearestKey() throws IOException {
        String message = error(XOR.replace("  epochs: 300", "  epoch: 300"));
        assertTrue(
                message.matches(
                        ".*experiment\\.yaml:13:3: unknown key 'epoch' in training; did you mean 'epochs'\\?.*"),
                message);
    }

    @Test
    void precisionIsFloat64UnlessFloat32IsAsked() throws IOException {
        assertEquals(Precision.FLOAT64, loader.load(write(XOR), List.of()).precision());
        assertEquals(
                Precision.FLOAT32,
                loader.load(write(XOR), List.of("precision=float32")).precision());
        String message = error(XOR + "precision: double\n");
        assertTrue(message.contains("precision: unknown value 'double'"), message);
        assertTrue(message.contains("valid: float64, float32"), message);
    }

    @Test
    void float32IsTakenForDistributedTraining() throws IOException {
        ExperimentConfig config = loader.load(
                write(XOR.replace("  mode: batch", "  mode: batch\n  distributed: { workers: 2 }")
                        + "precision: float32\n"),
                List.of());
        assertEquals(Precision.FLOAT32, config.precision());
        assertEquals(2, config.training().distributed().workers());
    }

    @Test
    void wrongTypeSaysWhatWasExpected() throws IOException {
        String message = error(XOR.replace("epochs: 300", "epochs: many"));
        assertTrue(
                message.endsWith("experiment.yaml:13:3: training.epochs: expected a whole number, got 'many'"),
                message);
    }

    @Test
    void missingFieldSaysWhichAndGivesAnExample() throws IOException {
        String message = error(XOR.replace("- { units: 4, activation: tanh }", "- { activation: tanh }"));
        assertTrue(
                message.matches(".*experiment\\.yaml:7:7: model\\.layers\\[0]: missing 'units': .*e\\.g\\. units: 16"),
                message);
    }

    @Test
    void zeroUnitsIsOutOfRange() throws IOException {
        String message = error(XOR.replace("units: 4", "units: 0"));
        assertTrue(
                message.contains("experiment.yaml:7:") && message.contains("'units' must be at least 1, got 0"),
                message);
    }

    @Test
    void badEnumValueListsTheValidOnes() throws IOException {
        String message = error(XOR.replace("mode: batch", "mode: minibatch"));
        assertTrue(
                message.matches(".*experiment\\.yaml:12:3: training\\.mode: unknown value 'minibatch'; "
                        + "did you mean 'mini-batch'\\? valid: batch, stochastic, mini-batch"),
                message);
    }

    @Test
    void unknownEarlyStoppingMetricSuggestsTheNearest() throws IOException {
        String message = error(XOR.replace("epochs: 300", "epochs: 300\n  early-stopping: { metric: validation-los }"));
        assertTrue(
                message.endsWith("training.early-stopping.metric: unknown value 'validation-los'; did you mean "
                        + "'validation-loss'? valid: validation-loss, validation-accuracy, training-loss"),
                message);
    }

    @Test
    void unknownSourceTypeSuggestsTheNearest() throws IOException {
        String message = error(XOR.replace("type: xor", "type: xr"));
        assertTrue(message.contains("unknown type 'xr'") && message.contains("did you mean 'xor'?"), message);
        String installed = String.join(
                ", ", DataFormats.installed().stream().map(DataFormat::name).toList());
        assertTrue(message.endsWith("valid: " + installed), "every installed data format is listed: " + message);
    }

    @Test
    void yamlThatIsNotYamlGivesTheLine() throws IOException {
        String message = error(XOR.replace("seed: 7", "seed: 7: 8"));
        assertTrue(message.endsWith("experiment.yaml:2:8: invalid YAML: mapping values are not allowed here"), message);
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        assertTrue(error("").contains("empty"));
    }

    @Test
    void missingFileIsAnError() {
        String message = assertThrows(ConfigException.class, () -> loader.load(dir.resolve("nope.yaml"), List.of()))
                .getMessage();
        assertTrue(message.endsWith("nope.yaml: no such experiment file"), message);
    }

    @Test
    void badOverrideNamesTheOverride() throws IOException {
        String message = error(XOR, "training.epoch=3");
        assertTrue(message.contains("--set training.epoch=3") && message.contains("did you mean 'epochs'?"), message);
        assertTrue(error(XOR, "training.epochs").contains("expected key.path=value"));
        assertTrue(error(XOR, "model.layers[5].units=3").contains("there is no element [5]"));
    }

    @Test
    void relativeDataPathsResolveAgainstTheFilesFolder() throws IOException {
        ExperimentConfig config = loader.load(
                write(XOR.replace("{ type: xor }", "{ type: csv, file: data/iris.csv, label: species }")), List.of());
        assertEquals(
                dir.resolve("data/iris.csv").toString(),
                ((CsvFile) config.data().training()).file());
    }

    @Test
    void aDataSectionsKeysAreThoseOfItsFormat() throws IOException {
        String message = error(XOR.replace("{ type: xor }", "{ type: csv, file: a.csv, lable: species }"));
        assertTrue(
                message.endsWith("experiment.yaml:4:39: unknown key 'lable' in data.training; did you mean 'label'?"),
                message);
        message = error(XOR.replace("{ type: xor }", "{ file: a.csv }"));
        assertTrue(message.contains("experiment.yaml:4:3: data.training: missing 'type'; valid: "), message);
    }

    @Test
    void aMisspeltKeyIsReportedBeforeTheCheckItMakesFail() throws IOException {
        String message = error(XOR.replace("{ units: 4, activation: tanh }", "{ unit: 4, activation: tanh }"));
        assertTrue(
                message.endsWith("experiment.yaml:7:9: unknown key 'unit' in model.layers[0]; did you mean 'units'?"),
                message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            training.shuffle=maybe      | training.shuffle: expected true or false, got 'maybe'
            training.epochs=4000000000  | training.epochs: expected a whole number from -2147483648 to 2147483647, got '4000000000'
            name=[a, b]                 | name: expected text, got a list
            """)
    void overridesAreCheckedOnTheTreeToo(String override, String problem) throws IOException {
        String message = error(XOR, override);
        assertTrue(message.endsWith("--set " + override + ": " + problem), message);
    }
}
