package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deltanet.api.PluginKind;
import org.deltanet.registry.PluginRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets one {@code deltanet: ...} line on standard error that says what is
 * wrong, where and what would be right, a documented exit code, no stack trace unless
 * {@code --debug}, and no run directory when the experiment cannot even be wired.
 */
class BadInputTest {

    /** Nine flowers of three species, two features; a tiny but complete experiment. */
    static final String FLOWERS =
            """
            x1,x2,species
            5.1,3.5,setosa
            4.9,3.0,setosa
            4.7,3.2,setosa
            7.0,3.2,versicolor
            6.4,3.2,versicolor
            6.9,3.1,versicolor
            6.3,3.3,virginica
            5.8,2.7,virginica
            7.1,3.0,virginica
            """;

    static final String EXPERIMENT =
            """
            name: bad
            data:
              training: { type: csv, file: flowers.csv, label: species }
            model:
              layers:
                - { units: 4, activation: tanh }
                - { units: 3, activation: softmax }
            loss: cross-entropy
            optimizer: { name: sgd, learning-rate: 0.1 }
            training: { mode: mini-batch, batch-size: 4, epochs: 2 }
            """;

    /** A huge learning rate on XOR: NaN or infinity within a few steps. */
    static final String DIVERGING =
            """
            name: diverging
            data:
              training: { type: xor }
            model:
              layers:
                - { units: 4, activation: relu }
                - { units: 1, activation: identity }
            loss: squared-error
            optimizer: { name: sgd, learning-rate: 1.0e300 }
            training: { mode: batch, epochs: 10 }
            """;

    /** A model with one sigmoid output over two inputs: the flowers have two features but three classes. */
    static final String ONE_OUTPUT_MODEL =
            """
            format: deltanet-model
            version: 1
            input-size: 2
            layers:
            - units: 1
              activation: sigmoid
              bias: [0.0]
              weights:
              - [1.0, -1.0]
            """;

    /**
     * One bad input.
     *
     * @param what     the mistake
     * @param edit     turns the good experiment into the bad one
     * @param extra    further arguments to {@code train}
     * @param code     the exit code
     * @param expected parts the message must contain, in order
     */
    record Case(String what, UnaryOperator<String> edit, List<String> extra, ExitCode code, List<String> expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    @TempDir
    Path dir;

    Path output;

    @BeforeEach
    void writeData() throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), FLOWERS);
        Files.writeString(dir.resolve("broken.csv"), FLOWERS.replace("4.7,3.2", "4.7,3.2x"));
        output = dir.resolve("runs");
    }

    static Stream<Case> mistakes() {
        return Stream.of(
                config(
                        "an unknown key",
                        "epochs: 2",
                        "epoch: 2",
                        "bad.yaml:10:46: unknown key 'epoch' in training; did you mean 'epochs'?"),
                config(
                        "an unknown plugin parameter",
                        "learning-rate",
                        "learning-rat",
                        "bad.yaml:9:25: optimizer: unknown parameter 'learning-rat'",
                        "did you mean 'learning-rate'?"),
                config(
                        "a wrong type",
                        "units: 4",
                        "units: four",
                        "bad.yaml:6:9: model.layers[0].units: expected a whole number, got 'four'"),
                config(
                        "a missing field",
                        "loss: cross-entropy\n",
                        "",
                        "bad.yaml:1:1: missing 'loss': e.g. loss: cross-entropy"),
                config("a missing layer field", "units: 4, ", "", "bad.yaml:6:7: model.layers[0]: missing 'units'"),
                config(
                        "an unknown plugin",
                        "tanh",
                        "tanhh",
                        "bad.yaml:6:19: model.layers[0].activation: unknown activation 'tanhh'; did you mean 'tanh'?",
                        "available activations: "
                                + String.join(", ", PluginRegistry.builtIn().names(PluginKind.ACTIVATION))),
                config(
                        "a negative learning rate",
                        "0.1",
                        "-0.1",
                        "bad.yaml:9:25: optimizer: parameter 'learning-rate' is -0.1 but must be in (0, inf]"),
                new Case(
                        "a negative learning rate in --set",
                        text -> text,
                        List.of("--set", "optimizer.learning-rate=-1"),
                        ExitCode.CONFIG,
                        List.of("bad.yaml with --set optimizer.learning-rate=-1: optimizer: parameter 'learning-rate'"
                                + " is -1 but must be in (0, inf]")),
                config(
                        "zero units",
                        "units: 4",
                        "units: 0",
                        "bad.yaml:6:7: model.layers[0]: 'units' must be at least 1, got 0"),
                config(
                        "a batch larger than the data",
                        "batch-size: 4",
                        "batch-size: 10",
                        "bad.yaml:10:31: training.batch-size: batch size 10 is larger than the 9 training examples"),
                config(
                        "output units that are not the classes",
                        "units: 3",
                        "units: 2",
                        "bad.yaml:7:9: model.layers[1].units is 2 but the training data has 3 target values",
                        "use units: 3"),
                config(
                        "an input size that is not the features",
                        "  layers:",
                        "  input-size: 3\n  layers:",
                        "bad.yaml:5:3: model.input-size is 3 but the training data has 2 features per example"),
                config(
                        "YAML that is not YAML",
                        "name: bad",
                        "name: bad: worse",
                        "bad.yaml:1:10: invalid YAML: mapping values are not allowed here"),
                new Case(
                        "an unknown key in --set",
                        text -> text,
                        List.of("--set", "training.epoch=3"),
                        ExitCode.CONFIG,
                        List.of("bad.yaml with --set training.epoch=3: unknown key 'epoch' in training;"
                                + " did you mean 'epochs'?")),
                data("a missing data file", "flowers.csv", "missing.csv", "missing.csv: no such file"),
                data(
                        "a malformed data file",
                        "flowers.csv",
                        "broken.csv",
                        "broken.csv:4: column 'x2': '3.2x' is not a number"));
    }

    private static Case config(String what, String from, String to, String... expected) {
        return new Case(what, text -> replace(text, from, to), List.of(), ExitCode.CONFIG, List.of(expected));
    }

    private static Case data(String what, String from, String to, String... expected) {
        return new Case(what, text -> replace(text, from, to), List.of(), ExitCode.DATA, List.of(expected));
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void oneMessageAndItsExitCodeAndNoRunDirectory(Case mistake) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), mistake.edit().apply(EXPERIMENT));

        CapturedRun cli = train(file, mistake.extra());

        assertOneMessage(cli, mistake.code(), mistake.expected());
        assertFalse(Files.exists(output), "a run directory for an experiment that cannot be wired");
        CapturedRun debug = train(file, with(mistake.extra(), "--debug"));
        assertEquals(cli.messages(), debug.messages());
        assertTrue(debug.hasStackTrace(), "--debug shows where the error came from:\n" + debug.err());
    }

    @Test
    void modelFileMistakes() throws IOException {
        Path model = Files.writeString(dir.resolve("model.yaml"), ONE_OUTPUT_MODEL);
        Path flowers = dir.resolve("flowers.csv");
        Path experiment = Files.writeString(dir.resolve("bad.yaml"), EXPERIMENT);

        assertOneMessage(
                train(experiment, List.of("--initial-model", model.toString())),
                ExitCode.CONFIG,
                List.of("the initial model takes 2 inputs and gives 1 output, but the data has 2 features and 3 targets"
                        + " per example; start from a model trained on data of this shape"));
        assertFalse(Files.exists(output), "no run directory");
        assertOneMessage(
                CapturedRun.of("predict", flowers, "--input", flowers),
                ExitCode.CONFIG,
                List.of("flowers.csv:1:1: not a deltanet-model file"));
        assertOneMessage(
                CapturedRun.of("predict", model, "--input", flowers),
                ExitCode.DATA,
                List.of("flowers.csv:2: column 'species': 'setosa' is not a number"));
        assertOneMessage(
                CapturedRun.of("evaluate", model, "--data", flowers, "--label", "specie"),
                ExitCode.DATA,
                List.of("flowers.csv:1: unknown column 'specie'; did you mean 'species'?"));
    }

    @Test
    void divergenceStopsTheRunAndMarksItFailed() throws IOException {
        Path file = Files.writeString(dir.resolve("diverging.yaml"), DIVERGING);

        CapturedRun cli = train(file, List.of());

        assertOneMessage(
                cli,
                ExitCode.DIVERGED,
                List.of("training diverged: Infinity in the net input of layer 2"
                        + " at epoch 2, step 1 of that epoch; lower the learning rate, or check the data for huge or missing"
                        + " values"));
        Path run = cli.runDirectory();
        String status = Files.readString(run.resolve("STATUS")).strip();
        assertEquals("failed: " + cli.messages().get(0).substring("deltanet: ".length()), status);
        String summary = Files.readString(run.resolve("summary.txt"));
        assertTrue(summary.contains("status         " + status + "\n"), summary);
        assertTrue(summary.contains("epochs run     1 of 10\n"), "the epoch before epoch 2:\n" + summary);
        assertEquals(2, Files.readAllLines(run.resolve("metrics.csv")).size(), "a header and epoch 1");
        assertTrue(train(file, List.of("--debug")).hasStackTrace());
    }

    private CapturedRun train(Path file, List<String> extra) {
        List<Object> arguments = new ArrayList<>(List.of("train", file, "--output", output));
        arguments.addAll(extra);
        return CapturedRun.of(arguments.toArray());
    }

    static void assertOneMessage(CapturedRun cli, ExitCode code, List<String> expected) {
        assertEquals(code.code(), cli.exitCode(), cli.err());
        assertEquals(1, cli.messages().size(), "one message:\n" + cli.err());
        assertFalse(cli.hasStackTrace(), cli.err());
        String message = cli.messages().get(0);
        int from = 0;
        for (String part : expected) {
            int at = message.indexOf(part, from);
            assertTrue(at >= 0, "'" + part + "' in order in: " + message);
            from = at + part.length();
        }
    }

    private static List<String> with(List<String> list, String more) {
        List<String> longer = new ArrayList<>(list);
        longer.add(more);
        return longer;
    }
}
