package org.deltanet.cli;

import static org.deltanet.cli.Hostile.Kind.MISTAKE;
import static org.deltanet.cli.Hostile.Kind.PARSING;
import static org.deltanet.cli.Hostile.Kind.RESOURCES;
import static org.deltanet.cli.Hostile.Kind.RUN_DIRECTORY;
import static org.deltanet.cli.Hostile.Kind.SILENT;
import static org.deltanet.cli.Hostile.Kind.TERMINAL;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.registry.PluginRegistry;
import org.deltanet.rundir.RunLock;

/**
 * The catalogue of hostile inputs, by the classes of issue 10; {@link HostileInputTest} runs them.
 * Large inputs are generated into the case's folder when it runs, never kept in memory here.
 */
final class HostileCases {

    static final String FLOWERS = BadInputTest.FLOWERS;
    /** The good experiment every case spoils; data beside it, run directories under {@code runs}. */
    static final String EXPERIMENT = BadInputTest.EXPERIMENT.replace("name: bad", "name: hostile");

    static final String ESC = "\u001b";

    private final List<Hostile> cases = new ArrayList<>();

    private HostileCases() {}

    static List<Hostile> all() {
        HostileCases catalogue = new HostileCases();
        catalogue.mistakes();
        catalogue.resources();
        catalogue.parsing();
        catalogue.terminal();
        catalogue.runDirectories();
        catalogue.dataFiles();
        catalogue.columnsByName();
        catalogue.outputsAndLosses();
        catalogue.csvLimits();
        catalogue.numbersFiles();
        catalogue.beforeTheRunDirectory();
        catalogue.resumes();
        catalogue.sweeps();
        return catalogue.cases;
    }

    // ---------------------------------------------------------------- user mistakes (class 5)

    private void mistakes() {
        String[][] paths = {
            {"model.layers.foo=1", "names a key inside a list"},
            {"model[0]=1", "indexes something that is not a list"},
            {"model.layers[0][0]=1", "indexes something that is not a list"},
            {"model.layers[99]=3", "there is no element [99]"},
            {"model.layers[99].units=3", "there is no element [99]"},
            {"model.layers[2147483648].units=1", "far too large"},
            {"model.layers[99999999999999999999]=1", "far too large"},
            {"model.layers[0].units.x=1", "holds a plain value"},
            {"loss[0]=1", "holds a plain value"},
            {"training.epochs[0]=1", "holds a plain value"},
            {"optimizer.learning-rate.x=1", "holds a plain value"},
            {"data.training[0]=1", "indexes something that is not a list"},
            {"Model.layers=1", "is not a key"},
            {"model..layers=1", "is not a key"},
            {"=1", "expected key.path=value"},
            {"model.layers", "expected key.path=value"},
            {"model.layers[-1].units=1", "is not a key"},
            {"model.layers[0]].units=1", "is not a key"},
            {"model.layers[0].units=\"abc", "not valid YAML"},
            {"model.layers[0].units=[1, 2", "not valid YAML"},
            {"model.layers[0].units={a: 1", "not valid YAML"},
            {"training.epoch=3", "did you mean 'epochs'"},
            {"model.layers[0].units=-5", "must be at least 1"},
            {"model.layers=7", "model.layers"},
            {"model=null", "model"},
            {"data.validation-split=0.99", "leaves none to train on"},
            {"data.validation-split=0.999", "leaves none to train on"},
            {"data.validation-split=0.01", "holds out none"},
            {"data.validation-split=1", "validation"},
            {"data.training.features=[species]", "is the label"},
            {"data.training.features=[x1, x1]", "listed twice"},
            {"training.batch-size=100000", "larger than the 9 training examples"},
            {"training.batch-size=0", "batch-size"},
            {"training.epochs=-1", "epochs"},
            {"optimizer.learning-rate=.nan", "learning-rate"},
            {"seed=1e400", "seed"},
        };
        add(withFlowers(MISTAKE, "a feature column that is not there")
                .run("validate", "{dir}/e.yaml", "--set", "data.training.features=[x9]")
                .fails(ExitCode.DATA, "unknown column 'x9'"));
        add(withFlowers(MISTAKE, "a label column that is not there")
                .run("validate", "{dir}/e.yaml", "--set", "data.training.label=x9")
                .fails(ExitCode.DATA, "unknown column 'x9'"));
        for (String[] path : paths) {
            add(withFlowers(MISTAKE, "validate --set " + path[0])
                    .run("validate", "{dir}/e.yaml", "--set", path[0])
                    .fails(ExitCode.CONFIG, path[1]));
        }
        for (String[] path : List.of(paths[0], paths[1], paths[2], paths[3], paths[5], paths[25], paths[29])) {
            add(trainWith(MISTAKE, "train --set " + path[0], EXPERIMENT, "--set", path[0])
                    .fails(ExitCode.CONFIG, path[1]));
        }
        String[][] documents = {
            {"~\n", "holds no settings"},
            {"---\n", "holds no settings"},
            {"null\n", "holds no settings"},
            {"--- ~\n", "holds no settings"},
            {"", "is empty"},
            {"# only a comment\n", "holds no settings"},
            {"   \n\n", "is empty"},
            {"- 1\n- 2\n", "expected a mapping"},
            {"just text\n", "expected a mapping"},
            {"42\n", "expected a mapping"},
            {"model: null\n", "missing"},
            {EXPERIMENT + "---\nname: second\n", "a second YAML document"},
            {EXPERIMENT.replace("name: hostile", "name: [a, b]"), "name"},
            {EXPERIMENT.replace("name: hostile", "name: ../../etc"), "name"},
            {EXPERIMENT + "name: again\n", "name"},
            {EXPERIMENT.replace("units: 4", "units: 4.5"), "whole number"},
            {EXPERIMENT.replace("units: 4", "units: 99999999999999999999"), "units"},
            {EXPERIMENT.replace("units: 4", "units: !!java.lang.Runtime four"), "units"},
            {EXPERIMENT.replace("epochs: 2", "epochs: 2147483648"), "epochs"},
            {EXPERIMENT.replace("mini-batch", "minibatch"), "mode"},
            {EXPERIMENT.replace("type: csv", "type: parquet"), "parquet"},
            {EXPERIMENT.replace("{ units: 3, activation: softmax }", "{}"), "units"},
            {
                EXPERIMENT.replace(
                        "layers:\n    - { units: 4, activation: tanh }\n    - { units: 3, activation: softmax }",
                        "layers: []"),
                "layers"
            },
            {EXPERIMENT.replace("sgd", "SGD"), "SGD"},
            {EXPERIMENT + "training: { epochs: 3 }\n", "training"},
            {EXPERIMENT.replace("flowers.csv", "/dev/null"), "null"},
            {EXPERIMENT.replace("flowers.csv", "."), "is a directory"},
        };
        for (int i = 0; i < documents.length; i++) {
            String[] document = documents[i];
            add(Hostile.of(MISTAKE, "document " + (i + 1) + ": " + oneLine(document[0]))
                    .file("flowers.csv", FLOWERS)
                    .file("e.yaml", document[0])
                    .run("validate", "{dir}/e.yaml")
                    .fails(
                            document[0].contains("/dev/null") || document[0].contains("file: .")
                                    ? ExitCode.DATA
                                    : ExitCode.CONFIG,
                            document[1]));
        }
        add(Hostile.of(MISTAKE, "a test file with another feature count")
                .file("flowers.csv", FLOWERS)
                .file("wide.csv", "x1,x2,x3,species\n5.1,3.5,1,setosa\n7.0,3.2,1,versicolor\n6.3,3.3,1,virginica\n")
                .file(
                        "e.yaml",
                        EXPERIMENT.replace("data:\n", "data:\n  test: { type: csv, file: wide.csv, label: species }\n"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "column 'x3' is not one of the features the model was trained on"));
        add(withFlowers(MISTAKE, "output folder that is a file")
                .file("runs", "a file, not a folder")
                .run("train", "{dir}/e.yaml", "--output", "{dir}/runs")
                .fails(ExitCode.CONFIG, "is a file, not a folder"));
        add(withFlowers(MISTAKE, "output folder under a file")
                .file("plain", "a file")
                .run("train", "{dir}/e.yaml", "--output", "{dir}/plain/runs")
                .fails(ExitCode.CONFIG, "is a file"));
        add(withFlowers(MISTAKE, "output folder with too long a name")
                .run("train", "{dir}/e.yaml", "--output", "{dir}/" + "o".repeat(300))
                .fails(ExitCode.CONFIG, "too long"));
        add(withFlowers(MISTAKE, "empty --output")
                .run("train", "{dir}/e.yaml", "--output", "")
                .fails(ExitCode.USAGE, "--output is empty"));
        add(withFlowers(MISTAKE, "blank --output")
                .run("train", "{dir}/e.yaml", "--output", "  ")
                .fails(ExitCode.USAGE, "--output is empty"));
        String[][] masters = {
            {"bogus://x", "not a Spark master URL"}, {"local[0]", "not a Spark master URL"},
            {"local[-1]", "not a Spark master URL"}, {"local[2,0]", "not a Spark master URL"},
            {"", "not a Spark master URL"}, {"spark://", "not a standalone master URL"},
            {"local[x]", "not a Spark master URL"}, {"spark://head:99999", "not a standalone master URL"},
        };
        for (String[] master : masters) {
            add(withFlowers(MISTAKE, "sweep --master '" + master[0] + "'")
                    .run("sweep", "{dir}/e.yaml", "--master", master[0])
                    .fails(ExitCode.USAGE, master[1]));
        }
        add(Hostile.of(MISTAKE, "no such experiment file")
                .run("validate", "{dir}/missing.yaml")
                .fails(ExitCode.CONFIG, "no such experiment file"));
        add(Hostile.of(MISTAKE, "a folder as the experiment file")
                .run("validate", "{dir}")
                .fails(ExitCode.CONFIG, "cannot read"));
        add(Hostile.of(MISTAKE, "an unknown option")
                .run("train", "--ouptut", "x")
                .fails(ExitCode.USAGE, "--ouptut"));
        add(Hostile.of(MISTAKE, "an unknown command").run("trian").fails(ExitCode.USAGE, "did you mean 'train'"));
    }

    // ---------------------------------------------------------------- resources (class 1)

    private void resources() {
        String[][] sizes = {
            {"model.layers[0].units=1000000000", "needs"},
            {"model.layers[0].units=2147483647", "more than Java can hold"},
            {"model.layers[0].units=50000", null},
            {"model.layers[0].units=100000000", "needs"},
        };
        for (String[] size : sizes) {
            if (size[1] == null) {
                continue;
            }
            add(withFlowers(RESOURCES, "validate --set " + size[0])
                    .run("validate", "{dir}/e.yaml", "--set", size[0])
                    .fails(ExitCode.CONFIG, size[1]));
            add(trainWith(RESOURCES, "train --set " + size[0], EXPERIMENT, "--set", size[0])
                    .fails(ExitCode.CONFIG, size[1]));
        }
        String wide =
                "model:\n  layers:\n    - { units: 50000, activation: tanh }\n    - { units: 50000, activation: tanh }\n"
                        + "    - { units: 3, activation: softmax }\n";
        add(Hostile.of(RESOURCES, "50000 x 50000 units")
                .file("flowers.csv", FLOWERS)
                .file("e.yaml", EXPERIMENT.replaceAll("(?s)model:.*?loss:", wide + "loss:"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "more than Java can hold"));
        add(Hostile.of(RESOURCES, "input-size 2000000000")
                .file("flowers.csv", FLOWERS)
                .file("e.yaml", EXPERIMENT.replace("  layers:", "  input-size: 2000000000\n  layers:"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "input-size"));
        add(Hostile.of(RESOURCES, "/dev/zero as the experiment")
                .run("validate", "/dev/zero")
                .fails(ExitCode.CONFIG, "larger than"));
        add(Hostile.of(RESOURCES, "a 600 KB experiment file")
                .file("e.yaml", folder -> generate(folder.resolve("e.yaml"), EXPERIMENT + "# ", "x", 600_000, "\n"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "larger than 512.0 KB"));
        add(withFlowers(RESOURCES, "a 2 MB --set value")
                .run("validate", "{dir}/e.yaml", "--set", "name=" + "n".repeat(2_000_000))
                .fails(ExitCode.CONFIG, "more than a --set takes"));
    }

    // ---------------------------------------------------------------- bounded parsing (class 2)

    private void parsing() {
        for (int megabytes : new int[] {1, 5, 30}) {
            add(Hostile.of(PARSING, "a " + megabytes + " MB quoted value")
                    .file(
                            "e.yaml",
                            folder ->
                                    generate(folder.resolve("e.yaml"), "name: \"", "a", megabytes * 1_000_000L, "\"\n"))
                    .run("validate", "{dir}/e.yaml")
                    .fails(ExitCode.CONFIG, "larger than"));
        }
        add(Hostile.of(PARSING, "a 400 KB quoted name, under the limit")
                .file("flowers.csv", FLOWERS)
                .file(
                        "e.yaml",
                        folder -> generate(
                                folder.resolve("e.yaml"),
                                EXPERIMENT.replace("name: hostile\n", "") + "name: \"",
                                "a;",
                                400_000L,
                                "\"\n"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "'name' must be"));
        add(Hostile.of(PARSING, "lists nested 100000 deep")
                .file(
                        "e.yaml",
                        folder -> Files.writeString(
                                folder.resolve("e.yaml"), "model: " + "[".repeat(100_000) + "]".repeat(100_000)))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "nest deeper than 64"));
        add(Hostile.of(PARSING, "mappings nested 50000 deep")
                .file(
                        "e.yaml",
                        folder -> Files.writeString(
                                folder.resolve("e.yaml"), "sweep: " + "{a: ".repeat(50_000) + "1" + "}".repeat(50_000)))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "nest deeper than 64"));
        add(Hostile.of(PARSING, "block mappings nested 200 deep")
                .file("e.yaml", folder -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < 200; i++) {
                        text.append("  ".repeat(i)).append("k").append(i).append(":\n");
                    }
                    Files.writeString(
                            folder.resolve("e.yaml"),
                            text.append("  ".repeat(200)).append("v\n"));
                })
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "e.yaml"));
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append("]\n");
        }
        add(Hostile.of(PARSING, "an alias bomb")
                .file("e.yaml", bomb.toString())
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "e.yaml"));
        add(Hostile.of(PARSING, "an alias bomb under sweep")
                .file("e.yaml", "sweep:\n  parameters:\n" + bomb.toString().indent(4))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "e.yaml"));
        add(Hostile.of(PARSING, "a recursive alias")
                .file("e.yaml", "name: &n [*n]\n")
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "e.yaml"));
        add(Hostile.of(PARSING, "UTF-16 with a BOM")
                .bytes("e.yaml", utf16("name: x\n"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "UTF-16"));
        add(Hostile.of(PARSING, "Latin-1 bytes")
                .bytes("e.yaml", "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "not UTF-8"));
        add(Hostile.of(PARSING, "random binary")
                .bytes("e.yaml", randomBytes(4096, 7))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "e.yaml"));
        add(Hostile.of(PARSING, "NUL bytes")
                .bytes("e.yaml", new byte[1000])
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "e.yaml"));
        add(Hostile.of(PARSING, "a tab for indentation")
                .file("e.yaml", "data:\n\ttraining: { type: xor }\n")
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "invalid YAML"));
        add(Hostile.of(PARSING, "an unclosed flow list")
                .file("e.yaml", "model: { layers: [\n")
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "invalid YAML"));
        add(Hostile.of(PARSING, "a mapping as a key")
                .file("e.yaml", "? { a: 1 }\n: 2\n")
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "e.yaml"));
        add(Hostile.of(PARSING, "a duplicate key")
                .file("flowers.csv", FLOWERS)
                .file("e.yaml", EXPERIMENT + "seed: 1\nseed: 2\n")
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "seed"));
        add(Hostile.of(PARSING, "100000 keys")
                .file("e.yaml", folder -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < 30_000; i++) {
                        text.append("k").append(i).append(": ").append(i).append('\n');
                    }
                    Files.writeString(folder.resolve("e.yaml"), text);
                })
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "unknown key"));
        add(Hostile.of(PARSING, "a list of 100000 layers")
                .file("flowers.csv", FLOWERS)
                .file(
                        "e.yaml",
                        folder -> generate(
                                folder.resolve("e.yaml"),
                                EXPERIMENT.substring(0, EXPERIMENT.indexOf("model:")) + "model:\n  layers:\n",
                                "    - { units: 3, activation: tanh }\n",
                                3_500_000,
                                ""))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "larger than"));
    }

    // ---------------------------------------------------------------- terminal safety (class 6)

    private void terminal() {
        String[] nasty = {
            ESC + "[31mred" + ESC + "[0m",
            "nul\0byte",
            "bell\u0007",
            "back\bspace",
            "bidi\u202etxt",
            "carriage\rreturn",
            "del\u007f",
            "c1\u009b31m"
        };
        for (String text : nasty) {
            add(Hostile.of(TERMINAL, "a key " + TerminalText.escape(text))
                    .file("flowers.csv", FLOWERS)
                    .file("e.yaml", EXPERIMENT + "\"" + yamlEscape(text) + "\": 1\n")
                    .run("validate", "{dir}/e.yaml")
                    .fails(ExitCode.CONFIG, "unknown key"));
            add(Hostile.of(TERMINAL, "a name " + TerminalText.escape(text))
                    .file("flowers.csv", FLOWERS)
                    .file("e.yaml", EXPERIMENT.replace("name: hostile", "name: \"" + yamlEscape(text) + "\""))
                    .run("validate", "{dir}/e.yaml")
                    .fails(ExitCode.CONFIG, "name"));
            add(withFlowers(TERMINAL, "a --set value " + TerminalText.escape(text))
                    .run("validate", "{dir}/e.yaml", "--set", "loss=" + text)
                    .fails(ExitCode.CONFIG, "loss"));
            add(Hostile.of(TERMINAL, "a label column " + TerminalText.escape(text))
                    .file("flowers.csv", FLOWERS)
                    .file("e.yaml", EXPERIMENT.replace("label: species", "label: \"" + yamlEscape(text) + "\""))
                    .run("validate", "{dir}/e.yaml")
                    .fails(ExitCode.DATA, "unknown column"));
        }
        add(Hostile.of(TERMINAL, "a 40-line block scalar name")
                .file("flowers.csv", FLOWERS)
                .file("e.yaml", EXPERIMENT.replace("name: hostile", "name: |\n" + "  line\n".repeat(40)))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.CONFIG, "name"));
        add(generatedCsv(TERMINAL, "a 200 KB header", "x1,x2,", "h", 200_000, "\n1,2,3\n")
                .fails(ExitCode.DATA, "species"));
        add(generatedCsv(TERMINAL, "a 100 KB cell", FLOWERS + "1,", "9x", 50_000, ",setosa\n")
                .fails(ExitCode.DATA, "is not a number"));
        add(Hostile.of(TERMINAL, "an option with an escape")
                .run("train", "--" + ESC + "[2J")
                .fails(ExitCode.USAGE, "unknown option"));
        add(Hostile.of(TERMINAL, "a file name with an escape")
                .run("validate", "{dir}/" + ESC + "[2J.yaml")
                .fails(ExitCode.CONFIG, "no such experiment file"));
    }

    // ---------------------------------------------------------------- run directories (class 4)

    private void runDirectories() {
        add(Hostile.of(RUN_DIRECTORY, "resume a folder that is not a run")
                .setup(folder -> Files.createDirectories(folder.resolve("empty")))
                .run("train", "--resume", "{dir}/empty")
                .fails(ExitCode.CONFIG, "not a run directory")
                .leaves(Hostile.Disk.ANY));
        add(Hostile.of(RUN_DIRECTORY, "resume a missing folder")
                .run("train", "--resume", "{dir}/nothing")
                .fails(ExitCode.CONFIG, "nothing"));
        add(Hostile.of(RUN_DIRECTORY, "resume a file")
                .file("f", "x")
                .run("train", "--resume", "{dir}/f")
                .fails(ExitCode.CONFIG, "f"));
        add(Hostile.of(RUN_DIRECTORY, "resume with an unreadable STATUS")
                .setup(folder -> {
                    Files.createDirectories(folder.resolve("run"));
                    Files.writeString(folder.resolve("run/STATUS"), ESC + "[2J garbage\n");
                })
                .run("train", "--resume", "{dir}/run")
                .fails(ExitCode.CONFIG, "run"));
        add(Hostile.of(RUN_DIRECTORY, "resume with a FILE too")
                .file("e.yaml", EXPERIMENT)
                .run("train", "{dir}/e.yaml", "--resume", "{dir}")
                .fails(ExitCode.USAGE, "--resume"));
    }

    /** XOR for three epochs with a checkpoint after each; {@link #interruptedRun} leaves it at {@code {dir}/run}. */
    static final String XOR =
            """
            name: xor
            data:
              training: { type: xor }
            model:
              layers:
                - { units: 4, activation: tanh }
                - { units: 1, activation: sigmoid }
            loss: binary-cross-entropy
            optimizer: { name: sgd, learning-rate: 0.5 }
            training: { mode: batch, epochs: 3, checkpoint-every: 1 }
            """;

    /** A run trained into {@code {dir}/run}, then marked running again as if it had been killed, then spoilt. */
    private static Hostile interruptedRun(String what, Hostile.Setup spoil) {
        return Hostile.of(RUN_DIRECTORY, what)
                .file("xor.yaml", XOR)
                .setup(folder -> {
                    CapturedRun.successful("train", folder.resolve("xor.yaml"), "--output", folder.resolve("runs"));
                    try (Stream<Path> runs = Files.list(folder.resolve("runs"))) {
                        Files.move(runs.findFirst().orElseThrow(), folder.resolve("run"));
                    }
                    Files.writeString(folder.resolve("run/STATUS"), "running\n");
                    spoil.write(folder.resolve("run"));
                })
                .run("train", "--resume", "{dir}/run")
                .leaves(Hostile.Disk.ANY);
    }

    private void resumes() {
        add(interruptedRun("resume without metrics.csv", run -> Files.delete(run.resolve("metrics.csv")))
                .fails(ExitCode.CONFIG, "metrics.csv: missing"));
        add(interruptedRun(
                        "resume with metrics.csv of garbage",
                        run -> Files.writeString(run.resolve("metrics.csv"), "garbage\n1,2,3\n"))
                .fails(ExitCode.CONFIG, "does not start with the header"));
        add(interruptedRun(
                        "resume with an escape in metrics.csv",
                        run -> Files.writeString(run.resolve("metrics.csv"), ESC + "[2J" + ESC + "]0;pwned\u0007\n"))
                .fails(ExitCode.CONFIG, "metrics.csv"));
        add(interruptedRun("resume with a row of garbage in metrics.csv", run -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(run.resolve("metrics.csv")));
                    lines.set(1, "x,y,z");
                    Files.write(run.resolve("metrics.csv"), lines);
                })
                .fails(ExitCode.CONFIG, "line 2"));
        add(interruptedRun("resume with more units in experiment.yaml", run -> edit(run, "units: 4", "units: 8"))
                .fails(
                        ExitCode.CONFIG,
                        "model.layers[0].units is 8, but checkpoint epoch-0003.yaml was trained with 4"));
        add(interruptedRun(
                        "resume with another activation in experiment.yaml",
                        run -> edit(run, "activation: tanh", "activation: relu"))
                .fails(ExitCode.CONFIG, "model.layers[0].activation is relu"));
        add(interruptedRun(
                        "resume with a layer more in experiment.yaml",
                        run -> edit(run, "  - units: 4", "  - units: 4\n    activation: tanh\n  - units: 4"))
                .fails(ExitCode.CONFIG, "model.layers has 3 layers"));
        add(interruptedRun("resume without experiment.yaml", run -> Files.delete(run.resolve("experiment.yaml")))
                .fails(ExitCode.CONFIG, "no such experiment file"));
        add(interruptedRun(
                        "resume with experiment.yaml only ~",
                        run -> Files.writeString(run.resolve("experiment.yaml"), "~\n"))
                .fails(ExitCode.CONFIG, "holds no settings"));
        add(interruptedRun("resume without checkpoints", run -> {
                    try (Stream<Path> files = Files.list(run.resolve("checkpoints"))) {
                        for (Path file : files.toList()) {
                            Files.delete(file);
                        }
                    }
                })
                .fails(ExitCode.CONFIG, "no checkpoint to resume from"));
        add(interruptedRun(
                        "resume from a checkpoint of garbage",
                        run -> Files.writeString(run.resolve("checkpoints/epoch-0003.yaml"), "format: [\n"))
                .fails(ExitCode.CONFIG, "epoch-0003.yaml"));
        add(interruptedRun("resume from a checkpoint whose numbers were altered", run -> {
                    Path numbers = run.resolve("checkpoints/epoch-0003.npz");
                    byte[] bytes = Files.readAllBytes(numbers);
                    bytes[bytes.length / 2] ^= (byte) 0xff;
                    Files.write(numbers, bytes);
                })
                .fails(ExitCode.CONFIG, "does not match this document"));
        add(interruptedRun("resume a complete run", run -> Files.writeString(run.resolve("STATUS"), "complete\n"))
                .fails(ExitCode.CONFIG, "this run is complete"));
        add(interruptedRun("resume a run another process trains", run -> {
                    RunLock held = RunLock.acquire(run);
                    HELD.add(held);
                })
                .fails(
                        ExitCode.CONFIG,
                        "is being trained by process " + ProcessHandle.current().pid()));
    }

    /** Locks held by cases that stand for another process training a run; {@link #releaseLocks} lets go. */
    private static final List<RunLock> HELD = new ArrayList<>();

    static void releaseLocks() {
        HELD.forEach(RunLock::close);
        HELD.clear();
    }

    private static void edit(Path run, String from, String to) throws IOException {
        Path file = run.resolve("experiment.yaml");
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException("no '" + from + "' in\n" + text);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    // ---------------------------------------------------------------- sweeps (classes 1 and 5)

    private static String sweep(String parameters) {
        return EXPERIMENT + "sweep:\n  metric: training-loss\n  parameters:\n" + parameters;
    }

    private static String values(int count) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 1; i <= count; i++) {
            list.append(i == 1 ? "" : ", ").append(i);
        }
        return list.append("]").toString();
    }

    private void sweeps() {
        add(Hostile.of(RESOURCES, "a sweep of 30000 variants without --yes")
                .file("flowers.csv", FLOWERS)
                .file(
                        "e.yaml",
                        sweep("    training.epochs: " + values(100) + "\n    model.layers[0].units: " + values(300)
                                + "\n"))
                .run("sweep", "{dir}/e.yaml", "--output", "{dir}/runs")
                .fails(ExitCode.USAGE, "this sweep has 30000 variants (more than 100); add --yes"));
        add(Hostile.of(RESOURCES, "a sweep of 10^20 variants")
                .file("flowers.csv", FLOWERS)
                .file("e.yaml", folder -> {
                    StringBuilder keys = new StringBuilder();
                    for (int layer = 0; layer < 2; layer++) {
                        for (String key : List.of("units", "bias")) {
                            keys.append("    model.layers[")
                                    .append(layer)
                                    .append("].")
                                    .append(key)
                                    .append(": ")
                                    .append(values(100_000))
                                    .append('\n');
                        }
                    }
                    Files.writeString(folder.resolve("e.yaml"), sweep(keys.toString()));
                })
                .run("sweep", "{dir}/e.yaml", "--yes", "--output", "{dir}/runs")
                .fails(ExitCode.CONFIG, "larger than"));
        add(Hostile.of(RESOURCES, "a sweep of 10^12 variants, with --yes")
                .file("flowers.csv", FLOWERS)
                .file(
                        "e.yaml",
                        sweep("    training.epochs: " + values(1000) + "\n    model.layers[0].units: "
                                + values(1000) + "\n    optimizer.learning-rate: " + values(1000) + "\n    seed: "
                                + values(1000) + "\n"))
                .run("sweep", "{dir}/e.yaml", "--yes", "--output", "{dir}/runs")
                .fails(ExitCode.CONFIG, "more than a sweep may have (100000)"));
        String[][] keys = {
            {"model.layers.foo", "names a key inside a list"},
            {"model[0]", "indexes something that is not a list"},
            {"model.layers[0][0]", "indexes something that is not a list"},
            {"model.layers[99]", "there is no element [99]"},
            {"model.layers[2147483648].units", "far too large"},
            {"training.epoch", "did you mean 'epochs'"},
        };
        for (String[] key : keys) {
            add(Hostile.of(MISTAKE, "sweep key " + key[0])
                    .file("flowers.csv", FLOWERS)
                    .file("e.yaml", sweep("    \"" + key[0] + "\": [1, 2]\n"))
                    .run("sweep", "{dir}/e.yaml", "--output", "{dir}/runs")
                    .fails(ExitCode.CONFIG, key[1]));
        }
    }

    // ---------------------------------------------------------------- data files (classes 1 and 3)

    static final String IDX_EXPERIMENT =
            """
            name: idx
            data:
              training: { type: idx, images: images, labels: labels }
            model:
              layers:
                - { units: 10, activation: softmax }
            loss: cross-entropy
            optimizer: { name: sgd, learning-rate: 0.1 }
            training: { mode: batch, epochs: 1 }
            """;

    private void dataFiles() {
        byte[] images = Idx.images(4, 2, 2);
        byte[] labels = Idx.labels(4);
        idx(
                "gzip images failing their checksum",
                Idx.badChecksum(Idx.gzip(images)),
                labels,
                "Corrupt GZIP trailer",
                SILENT);
        idx(
                "gzip labels failing their checksum",
                images,
                Idx.badChecksum(Idx.gzip(labels)),
                "Corrupt GZIP trailer",
                SILENT);
        idx("gzip images with a wrong length", Idx.badLength(Idx.gzip(images)), labels, "Corrupt GZIP trailer", SILENT);
        idx("gzip images cut short", Arrays.copyOf(Idx.gzip(images), 30), labels, "images", SILENT);
        idx(
                "images with bytes after the data",
                Idx.concat(images, new byte[] {1, 2}),
                labels,
                "more bytes follow",
                SILENT);
        idx(
                "labels with bytes after the data",
                images,
                Idx.concat(labels, new byte[] {1}),
                "more bytes follow",
                SILENT);
        idx(
                "a header claiming 2^31-1 images of 28x28",
                Idx.header(2051, Integer.MAX_VALUE, 28, 28),
                labels,
                "too many to hold",
                RESOURCES);
        idx(
                "a header claiming 2^31 images",
                Idx.header(2051, Integer.MIN_VALUE, 28, 28),
                labels,
                "expected at least one",
                RESOURCES);
        idx(
                "a header claiming 2^31-1 labels",
                images,
                Idx.header(2049, Integer.MAX_VALUE),
                "more than Java can hold",
                RESOURCES);
        idx("a header claiming 2^30 labels", images, Idx.header(2049, 1 << 30), "truncated", RESOURCES);
        idx(
                "a header claiming 60000 images of 46341x46341",
                Idx.header(2051, 60_000, 46_341, 46_341),
                labels,
                "too many to hold",
                RESOURCES);
        idx("images and labels swapped", labels, images, "swapped", MISTAKE);
        idx("an empty image file", new byte[0], labels, "only 0 bytes", MISTAKE);
        idx("a text file as images", "hello, world\n".getBytes(StandardCharsets.UTF_8), labels, "not an IDX", MISTAKE);
        add(Hostile.of(RESOURCES, "/dev/zero as images")
                .file("labels", folder -> Files.write(folder.resolve("labels"), labels))
                .file("e.yaml", IDX_EXPERIMENT.replace("images: images", "images: /dev/zero"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "not an IDX image file"));
        add(Hostile.of(SILENT, "a gzip CSV failing its checksum")
                .bytes("flowers.csv", Idx.badChecksum(Idx.gzip(FLOWERS.getBytes(StandardCharsets.UTF_8))))
                .file("e.yaml", EXPERIMENT)
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "Corrupt GZIP trailer"));
    }

    private void idx(String what, byte[] images, byte[] labels, String expected, Hostile.Kind kind) {
        add(Hostile.of(kind, what)
                .bytes("images", images)
                .bytes("labels", labels)
                .file("e.yaml", IDX_EXPERIMENT)
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, expected));
    }

    // ---------------------------------------------------------------- columns by name (class 3)

    /** Files for a model trained on x1, x2 (its run at {@code {dir}/run}) whose columns do not fit it. */
    private void columnsByName() {
        String noX2 = "x1,species\n5.1,setosa\n7.0,versicolor\n";
        String extra = "x2,id,x1,species\n3.5,1,5.1,setosa\n3.2,2,7.0,versicolor\n";
        add(trainedFlowers("evaluate a file without a feature column")
                .file("t.csv", noX2)
                .run("evaluate", "{dir}/run/model.yaml", "--data", "{dir}/t.csv", "--label", "species")
                .fails(ExitCode.DATA, "has no column 'x2', a feature the model was trained on"));
        add(trainedFlowers("evaluate a file with a column more")
                .file("t.csv", extra)
                .run("evaluate", "{dir}/run/model.yaml", "--data", "{dir}/t.csv", "--label", "species")
                .fails(ExitCode.DATA, "column 'id' is not one of the features the model was trained on (x1, x2)"));
        add(trainedFlowers("evaluate a section listing a feature the model lacks")
                .file("t.csv", extra)
                .run(
                        "evaluate",
                        "{dir}/run/model.yaml",
                        "--source",
                        "{type: csv, file: '{dir}/t.csv', label: species, features: [x1, id]}")
                .fails(ExitCode.DATA, "feature 'id' is not one of the features the model was trained on"));
        add(trainedFlowers("predict a file with the label column not ignored")
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv")
                .fails(ExitCode.DATA, "column 'species' is not one of the features"));
        add(trainedFlowers("predict a file without a feature column")
                .file("t.csv", noX2)
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/t.csv", "--ignore", "species")
                .fails(ExitCode.DATA, "has no column 'x2'"));
        add(trainedFlowers("predict --features naming a column the model lacks")
                .file("t.csv", extra)
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/t.csv", "--features", "x1,id")
                .fails(ExitCode.DATA, "feature 'id' is not one of the features the model was trained on"));
        add(trainedFlowers("predict --features leaving a trained feature out")
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--features", "x1")
                .fails(ExitCode.DATA, "the listed features lack 'x2'"));
        add(Hostile.of(SILENT, "a test file without a feature column")
                .file("flowers.csv", FLOWERS)
                .file("t.csv", noX2)
                .file(
                        "e.yaml",
                        EXPERIMENT.replace(
                                "label: species }\n",
                                "label: species }\n  test: { type: csv, file: t.csv, label: species }\n"))
                .run("train", "{dir}/e.yaml", "--output", "{dir}/runs")
                .fails(ExitCode.DATA, "has no column 'x2'"));
        add(Hostile.of(SILENT, "validate: a test file with a column more")
                .file("flowers.csv", FLOWERS)
                .file("t.csv", extra)
                .file(
                        "e.yaml",
                        EXPERIMENT.replace(
                                "label: species }\n",
                                "label: species }\n  test: { type: csv, file: t.csv, label: species }\n"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "column 'id' is not one of the features"));
        add(trainedFlowers("a model file naming three features for two inputs")
                .setup(folder -> editModel(folder, "- x2\n", "- x2\n- x3\n"))
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--ignore", "species")
                .fails(ExitCode.CONFIG, "'features' names 3 features but input-size is 2"));
        add(trainedFlowers("a model file naming a feature twice")
                .setup(folder -> editModel(folder, "- x2\n", "- x1\n"))
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--ignore", "species")
                .fails(ExitCode.CONFIG, "'x1' is named twice"));
    }

    private static void editModel(Path folder, String from, String to) throws IOException {
        Path model = folder.resolve("run/model.yaml");
        String text = Files.readString(model);
        if (!text.contains(from)) {
            throw new IllegalStateException("no '" + from + "' in\n" + text);
        }
        Files.writeString(model, text.replace(from, to));
    }

    /** The flowers experiment trained into {@code {dir}/run}, its data at {@code {dir}/flowers.csv}. */
    private static Hostile trainedFlowers(String what) {
        return withFlowers(SILENT, what).setup(folder -> {
            CapturedRun.successful("train", folder.resolve("e.yaml"), "--output", folder.resolve("runs"));
            try (Stream<Path> runs = Files.list(folder.resolve("runs"))) {
                Files.move(runs.findFirst().orElseThrow(), folder.resolve("run"));
            }
        });
    }

    // ---------------------------------------------------------------- outputs a loss cannot use (class 3)

    private void outputsAndLosses() {
        String xorOutput = "{ units: 1, activation: sigmoid }";
        String[][] xor = {
            {"softmax of one unit", "{ units: 1, activation: softmax }", "binary-cross-entropy", "always outputs 1"},
            {
                "softmax of one unit, squared error",
                "{ units: 1, activation: softmax }",
                "squared-error",
                "always outputs 1"
            },
            {
                "tanh before binary cross-entropy",
                "{ units: 1, activation: tanh }",
                "binary-cross-entropy",
                "'tanh' on the output layer (model.layers[1]) gives 0 (for net inputs 0)"
            },
            {
                "relu before binary cross-entropy",
                "{ units: 1, activation: relu }",
                "binary-cross-entropy",
                "needs outputs strictly between 0 and 1, but 'relu'"
            },
            {
                "identity before binary cross-entropy",
                "{ units: 1, activation: identity }",
                "binary-cross-entropy",
                "use activation: sigmoid on the output layer"
            },
            {"one sigmoid before cross-entropy", xorOutput, "cross-entropy", "sum to 0.5"},
        };
        for (String[] c : xor) {
            add(Hostile.of(SILENT, "train: " + c[0])
                    .file(
                            "xor.yaml",
                            XOR.replace(xorOutput, c[1]).replace("loss: binary-cross-entropy", "loss: " + c[2]))
                    .run("train", "{dir}/xor.yaml", "--output", "{dir}/runs")
                    .fails(ExitCode.CONFIG, c[3]));
        }
        add(Hostile.of(SILENT, "validate: tanh before binary cross-entropy")
                .file("xor.yaml", XOR.replace(xorOutput, "{ units: 1, activation: tanh }"))
                .run("validate", "{dir}/xor.yaml")
                .fails(
                        ExitCode.CONFIG,
                        "xor.yaml:8:1: loss 'binary-cross-entropy' needs outputs strictly between 0 and 1"));
        add(trainWith(
                        SILENT,
                        "three sigmoids before cross-entropy",
                        EXPERIMENT.replace("{ units: 3, activation: softmax }", "{ units: 3, activation: sigmoid }"))
                .fails(ExitCode.CONFIG, "the 3 outputs of 'sigmoid' on the output layer (model.layers[1]) sum to 1.5"));
        add(trainWith(
                        SILENT,
                        "identity before cross-entropy",
                        EXPERIMENT.replace("{ units: 3, activation: softmax }", "{ units: 3, activation: identity }"))
                .fails(ExitCode.CONFIG, "use activation: softmax on the output layer"));
        add(trainWith(
                        SILENT,
                        "relu before cross-entropy, set on the command line",
                        EXPERIMENT,
                        "--set",
                        "model.layers[1].activation=relu")
                .fails(ExitCode.CONFIG, "needs outputs that are a probability distribution"));
        add(trainedFlowers("predict with NaN in the model's weights")
                .setup(folder -> spoilWeights(folder, Double.NaN))
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--ignore", "species")
                .fails(ExitCode.CONFIG, "is NaN; parameters must be finite numbers"));
        add(trainedFlowers("evaluate with NaN in the model's weights")
                .setup(folder -> spoilWeights(folder, Double.NaN))
                .run("evaluate", "{dir}/run/model.yaml", "--data", "{dir}/flowers.csv", "--label", "species")
                .fails(ExitCode.CONFIG, "is NaN; parameters must be finite numbers"));
        add(trainedFlowers("train from an initial model with infinite weights")
                .setup(folder -> spoilWeights(folder, Double.POSITIVE_INFINITY))
                .run("train", "{dir}/e.yaml", "--output", "{dir}/runs", "--initial-model", "{dir}/run/model.yaml")
                .fails(ExitCode.CONFIG, "is Infinity; parameters must be finite numbers"));
    }

    /** Rewrites the model at {@code {dir}/run} (its numbers file and checksum too) with one weight spoilt. */
    private static void spoilWeights(Path folder, double value) {
        Path file = folder.resolve("run/model.yaml");
        Model model = ModelFiles.read(file, new PluginResolver(PluginRegistry.builtIn()));
        model.network().layer(1).weights()[0] = value;
        ModelFiles.write(file, model);
    }

    // ---------------------------------------------------------------- CSV files at hostile sizes (classes 1 and 2)

    private void csvLimits() {
        add(Hostile.of(PARSING, "a 300 MB CSV of one class")
                .large()
                .file("e.yaml", EXPERIMENT)
                .file(
                        "flowers.csv",
                        folder -> generate(
                                folder.resolve("flowers.csv"), "x1,x2,species\n", "5.1,3.5,setosa\n", 300L << 20, ""))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "every row has the class 'setosa'"));
        add(generatedCsv(
                        PARSING,
                        "a 300 MB CSV of blank lines after the header",
                        "x1,x2,species\n",
                        "\n",
                        300L << 20,
                        "")
                .large()
                .fails(ExitCode.DATA, "has a header but no data rows"));
        add(Hostile.of(RESOURCES, "a 1 GB sparse file (all zero bytes) as CSV")
                .large()
                .file("e.yaml", EXPERIMENT)
                .file("flowers.csv", folder -> {
                    try (var file = new java.io.RandomAccessFile(
                            folder.resolve("flowers.csv").toFile(), "rw")) {
                        file.setLength(1L << 30);
                    }
                })
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "flowers.csv: holds a NUL character (character 1): binary data"));
        add(Hostile.of(RESOURCES, "/dev/zero as CSV")
                .file("e.yaml", EXPERIMENT.replace("file: flowers.csv", "file: /dev/zero"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "/dev/zero: holds a NUL character"));
        add(Hostile.of(RESOURCES, "a NUL byte in the middle of a CSV file")
                .file("e.yaml", EXPERIMENT)
                .file("flowers.csv", FLOWERS.replace("4.9", "4\0.9"))
                .run("validate", "{dir}/e.yaml")
                .fails(ExitCode.DATA, "holds a NUL character (character 31)"));
        add(generatedCsv(RESOURCES, "a 300 MB CSV of spaces", "", " ", 300L << 20, "")
                .large()
                .fails(ExitCode.DATA, "flowers.csv"));
        add(generatedCsv(RESOURCES, "a 2 MB cell", FLOWERS + "1,", "9", 2L << 20, ",setosa\n")
                .fails(ExitCode.DATA, "flowers.csv:11: has a field of more than 1048576 characters"));
        add(generatedCsv(RESOURCES, "a 2 MB quoted cell over many lines", FLOWERS + "1,\"", "9\n", 2L << 20, "\",a\n")
                .fails(ExitCode.DATA, "flowers.csv:11: has a field of more than 1048576 characters"));
        add(generatedCsv(RESOURCES, "a header of 1.1 million columns", "species,", "c,", 2_200_000, "x\n1,2\n")
                .fails(ExitCode.DATA, "flowers.csv:1: has a header of more than 1000000 columns"));
        add(generatedCsv(RESOURCES, "a row of 5 million fields", FLOWERS, "1,", 10_000_000, "setosa\n")
                .fails(ExitCode.DATA, "flowers.csv:11: has more than 3 fields, but the header has 3 columns"));
        add(Hostile.of(RESOURCES, "predict on a 2 MB cell")
                .file("e.yaml", EXPERIMENT)
                .file(
                        "flowers.csv",
                        folder -> generate(folder.resolve("flowers.csv"), FLOWERS + "1,", "9", 2L << 20, ",setosa\n"))
                .setup(folder -> Files.writeString(folder.resolve("ok.csv"), FLOWERS))
                .setup(folder -> {
                    CapturedRun.successful(
                            "train",
                            folder.resolve("e.yaml"),
                            "--set",
                            "data.training.file=ok.csv",
                            "--output",
                            folder.resolve("runs"));
                    try (Stream<Path> runs = Files.list(folder.resolve("runs"))) {
                        Files.move(runs.findFirst().orElseThrow(), folder.resolve("run"));
                    }
                })
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--ignore", "species")
                .fails(ExitCode.DATA, "has a field of more than 1048576 characters"));
    }

    // ---------------------------------------------------------------- hostile .npz numbers files (class 1)

    private void numbersFiles() {
        String[][] arrays = {
            {"a dimension beyond int", "99999999999, 2", "", "has the dimension '99999999999'"},
            {
                "2^31-1 x 2^31-1 numbers in 16 bytes",
                "2147483647, 2147483647",
                "0123456789abcdef",
                "has shape [2147483647, 2147483647], 4611686014132420609 numbers, but 16 bytes of data"
            },
            {"four dimensions whose product wraps to 0", "65536, 65536, 65536, 65536", "", "4 dimensions"},
            {"a negative dimension", "-1, 4", "", "has the dimension '-1'"},
        };
        for (String[] array : arrays) {
            add(trainedFlowers("model.npz: " + array[0])
                    .setup(folder -> replaceNumbers(
                            folder,
                            false,
                            npy(
                                    1,
                                    "{'descr': '<f8', 'fortran_order': False, 'shape': (" + array[1] + "), }",
                                    array[2].getBytes(StandardCharsets.US_ASCII))))
                    .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--ignore", "species")
                    .fails(ExitCode.CONFIG, array[3]));
        }
        add(trainedFlowers("model.npz: a version 2 header claiming 4 GB")
                .setup(folder -> replaceNumbers(folder, false, npy(2, "", new byte[0])))
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--ignore", "species")
                .fails(ExitCode.CONFIG, "is cut short"));
        add(trainedFlowers("model.npz: a compressed entry unpacking to 300 MB (a zip bomb)")
                .setup(folder -> replaceNumbers(folder, true, new byte[300 << 20]))
                .run("predict", "{dir}/run/model.yaml", "--input", "{dir}/flowers.csv", "--ignore", "species")
                .fails(ExitCode.CONFIG, "is compressed; deltanet reads arrays stored uncompressed"));
        add(trainedFlowers("model.yaml naming a 10 GB numbers file")
                .setup(folder -> editModel(folder, "bytes: 1804", "bytes: 10737418240"))
                .run("evaluate", "{dir}/run/model.yaml", "--data", "{dir}/flowers.csv", "--label", "species")
                .fails(ExitCode.CONFIG, "does not match this document (1804 bytes; the document says 10737418240"));
    }

    /** A {@code .npy} file: magic, version, header length (2 bytes in version 1, 4 GB - 1 in version 2), header, data. */
    private static byte[] npy(int version, String header, byte[] data) {
        byte[] text = header.getBytes(StandardCharsets.ISO_8859_1);
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        if (version == 1) {
            out.writeBytes(new byte[] {(byte) text.length, (byte) (text.length >> 8)});
        } else {
            out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        }
        out.writeBytes(text);
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** Replaces the numbers of the model at {@code {dir}/run} by one entry, and its size and checksum in model.yaml to match. */
    private static void replaceNumbers(Path folder, boolean compressed, byte[] entry) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            var zipped = new java.util.zip.ZipEntry("layer1.weights.npy");
            if (!compressed) {
                var crc = new java.util.zip.CRC32();
                crc.update(entry);
                zipped.setMethod(java.util.zip.ZipEntry.STORED);
                zipped.setSize(entry.length);
                zipped.setCompressedSize(entry.length);
                zipped.setCrc(crc.getValue());
            }
            zip.putNextEntry(zipped);
            zip.write(entry);
            zip.closeEntry();
        }
        byte[] archive = bytes.toByteArray();
        Files.write(folder.resolve("run/model.npz"), archive);
        var crc = new java.util.zip.CRC32C();
        crc.update(archive);
        Path model = folder.resolve("run/model.yaml");
        Files.writeString(
                model,
                Files.readString(model)
                        .replaceFirst("bytes: \\d+", "bytes: " + archive.length)
                        .replaceFirst(
                                "crc32c: [\"']?\\w+[\"']?",
                                "crc32c: \"" + String.format("%08x", crc.getValue()) + "\""));
    }

    // ---------------------------------------------------------------- config errors before any run directory (class 4)

    private void beforeTheRunDirectory() {
        String noValidation = EXPERIMENT.replace(
                "epochs: 2 }", "epochs: 2, early-stopping: { metric: validation-loss, patience: 2 } }");
        String[][] settings = {
            {
                "early stopping on validation loss without validation data",
                noValidation,
                "needs a validation split: set data.validation-split"
            },
            {
                "a million workers",
                EXPERIMENT.replace("epochs: 2 }", "epochs: 2, distributed: { workers: 1000000 } }"),
                "1000000 workers share each mini-batch of 4 examples; use at most 4 workers"
            },
            {
                "2^31-1 workers in batch mode",
                EXPERIMENT.replace(
                        "mode: mini-batch, batch-size: 4, epochs: 2 }",
                        "mode: batch, epochs: 2, distributed: { workers: 2147483647 } }"),
                "2147483647 workers share each mini-batch of 9 examples"
            },
        };
        for (String[] setting : settings) {
            add(Hostile.of(RUN_DIRECTORY, "validate: " + setting[0])
                    .file("flowers.csv", FLOWERS)
                    .file("e.yaml", setting[1])
                    .run("validate", "{dir}/e.yaml")
                    .fails(ExitCode.CONFIG, setting[2]));
            add(trainWith(RUN_DIRECTORY, "train: " + setting[0], setting[1]).fails(ExitCode.CONFIG, setting[2]));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void add(Hostile hostile) {
        cases.add(hostile);
    }

    private static Hostile trainWith(Hostile.Kind kind, String what, String experiment, String... extra) {
        Hostile hostile = Hostile.of(kind, what)
                .file("flowers.csv", FLOWERS)
                .file("e.yaml", experiment)
                .run("train", "{dir}/e.yaml", "--output", "{dir}/runs");
        return hostile.run(extra);
    }

    /** Writes {@code head}, then {@code unit} until {@code size} characters of it are written, then {@code tail}. */
    /** A case whose folder holds the experiment {@code e.yaml} and its data, {@code flowers.csv}. */
    private static Hostile withFlowers(Hostile.Kind kind, String what) {
        return Hostile.of(kind, what).file("flowers.csv", FLOWERS).file("e.yaml", EXPERIMENT);
    }

    /** {@code validate} of the experiment, reading a flowers.csv that {@link #generate} writes. */
    private static Hostile generatedCsv(
            Hostile.Kind kind, String what, String head, String unit, long size, String tail) {
        return Hostile.of(kind, what)
                .file("e.yaml", EXPERIMENT)
                .file("flowers.csv", folder -> generate(folder.resolve("flowers.csv"), head, unit, size, tail))
                .run("validate", "{dir}/e.yaml");
    }

    static void generate(Path file, String head, String unit, long size, String tail) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(head);
            for (long written = 0; written < size; written += unit.length()) {
                out.write(unit);
            }
            out.write(tail);
        }
    }

    private static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    private static byte[] randomBytes(int count, long seed) {
        byte[] bytes = new byte[count];
        new java.util.SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static String yamlEscape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x202e) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String oneLine(String text) {
        String line = TerminalText.escape(text);
        return line.length() > 50 ? line.substring(0, 50) + "..." : line;
    }
}
