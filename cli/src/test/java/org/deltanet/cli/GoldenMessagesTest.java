package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deltanet.api.PluginKind;
import org.deltanet.registry.PluginRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole standard error of the most common mistakes, word for word, so that the messages stay
 * as good as they are. {@code DIR/} stands for the test's folder, {@code {ACTIVATIONS}} for the
 * built-in activations' names.
 */
class GoldenMessagesTest {

    /** The built-in activations, as a message lists them: from the registry, so a new one changes no golden. */
    private static final String ACTIVATIONS =
            String.join(", ", PluginRegistry.builtIn().names(PluginKind.ACTIVATION));

    @TempDir
    Path dir;

    @BeforeEach
    void writeData() throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            epochs: 2              | epoch: 2              | DIR/bad.yaml:10:46: unknown key 'epoch' in training; did you mean 'epochs'?
            units: 4               | units: four           | DIR/bad.yaml:6:9: model.layers[0].units: expected a whole number, got 'four'
            activation: tanh       | activation: sigmoidd  | DIR/bad.yaml:6:19: model.layers[0].activation: unknown activation 'sigmoidd'; did you mean 'sigmoid'? available activations: {ACTIVATIONS}
            learning-rate: 0.1     | learning-rate: -0.1   | DIR/bad.yaml:9:25: optimizer: parameter 'learning-rate' is -0.1 but must be in (0, inf] (step size alpha)
            units: 3               | units: 2              | DIR/bad.yaml:7:9: model.layers[1].units is 2 but the training data has 3 target values per example (one per class, or per label column); use units: 3
            file: flowers.csv      | file: flower.csv      | DIR/flower.csv: no such file
            """)
    void experimentMistakes(String from, String to, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), BadInputTest.EXPERIMENT.replace(from, to));

        CapturedRun cli = CapturedRun.of("train", file, "--output", dir.resolve("runs"));

        assertEquals(
                "deltanet: " + message.replace("{ACTIVATIONS}", ACTIVATIONS) + "\n",
                cli.err().replace(dir + "/", "DIR/"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            train bad.yaml --ouput      | deltanet: unknown option: '--ouput'; did you mean '--output'? see 'deltanet train --help'
            trian bad.yaml              | deltanet: unknown command 'trian'; did you mean 'train'? see 'deltanet --help'
            """)
    void commandLineMistakes(String arguments, String message) {
        assertEquals(
                message + "\n", CapturedRun.of((Object[]) arguments.split(" ")).err());
    }
}
