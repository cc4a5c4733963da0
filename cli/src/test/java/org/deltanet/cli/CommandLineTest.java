package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deltanet.api.PluginKind;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataFormats;
import org.deltanet.registry.PluginRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that train nothing: validate, plugins, --help, --version, and command-line mistakes. */
class CommandLineTest {

    private static final List<String> COMMANDS =
            List.of("train", "validate", "evaluate", "predict", "plugins", "verify", "sweep");

    @ParameterizedTest
    @ValueSource(strings = {"seed.yaml", "xor.yaml", "iris.yaml", "mnist.yaml"})
    void everyExampleIsValid(String example) {
        assumeTrue(!example.equals("mnist.yaml") || Files.isDirectory(Repository.SHARED_DATA), "no shared MNIST data");

        CapturedRun cli = CapturedRun.successful("validate", EXAMPLES.resolve(example));

        assertTrue(cli.out().contains(EXAMPLES.resolve(example) + " is valid"), cli.out());
        assertTrue(cli.out().startsWith("experiment " + example.replace(".yaml", "")), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void pluginsListsEveryBuiltInWithKindParametersAndSourceAndTheDataFormats() {
        PluginRegistry registry = PluginRegistry.builtIn();
        Map<String, List<String>> builtIns = new HashMap<>(PluginKind.values().stream()
                .collect(Collectors.toMap(PluginKind::plural, kind -> List.copyOf(registry.names(kind)))));
        builtIns.put(
                "data formats",
                DataFormats.installed().stream().map(DataFormat::name).toList());

        List<String> lines = CapturedRun.successful("plugins").out().lines().toList();

        String kind = null;
        int listed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("\\S.*:")) {
                kind = line.substring(0, line.length() - 1);
            } else if (line.matches("  \\S.*")) {
                String name = line.strip().split("\\s+")[0];
                assertTrue(builtIns.getOrDefault(kind, List.of()).contains(name), name + " listed under " + kind);
                listed++;
                int next = i + 1;
                while (next < lines.size() && lines.get(next).matches("\\s{20,}\\S.*")) {
                    next++;
                }
                assertTrue(lines.get(next - 1).strip().matches("jar .+, version .+"), name + " names its source");
            }
        }
        assertEquals(builtIns.values().stream().mapToInt(List::size).sum(), listed);
        String text = String.join("\n", lines);
        assertTrue(
                text.matches("(?s).*\n  momentum .*\n\\s+learning-rate = 0\\.01  \\(0, inf]  .*\n"
                        + "\\s+momentum = 0\\.9  \\[0, 1\\)  .*"),
                "parameters with default and range:\n" + text);
        assertTrue(
                text.matches("(?s).*\ndata formats:\n  csv .*\n\\s+keys: type, file, .*"),
                "data formats with their keys:\n" + text);
    }

    @Test
    void versionNamesTheVersion() {
        for (String prefix : List.of("", "train ", "plugins ", "verify ")) {
            CapturedRun cli = CapturedRun.of((Object[]) (prefix + "--version").split(" "));
            assertEquals(0, cli.exitCode(), prefix);
            assertTrue(cli.out().matches("deltanet \\S+ \\(Java .+\\)\\R"), prefix + "--version: " + cli.out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : COMMANDS) {
            CapturedRun cli = CapturedRun.of(command, "--help");
            assertEquals(0, cli.exitCode(), command);
            assertTrue(cli.out().startsWith("Usage: deltanet " + command), cli.out());
            assertTrue(cli.out().contains("--debug"), command + " documents --debug");
        }
        CapturedRun top = CapturedRun.successful("--help");
        for (String command : COMMANDS) {
            assertTrue(top.out().contains("\n  " + command + " "), top.out());
        }
        assertTrue(top.out().contains("Exit codes:"), top.out());
        assertEquals(0, CapturedRun.of("help", "train").exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"train --bogus", "trian", "predict model.yaml", "validate", "train --resume"})
    void aWrongCommandLineIsOneLineAndExitCode2(String arguments) {
        CapturedRun cli = CapturedRun.of((Object[]) arguments.split(" "));

        assertEquals(ExitCode.USAGE.code(), cli.exitCode(), cli.err());
        assertEquals(1, cli.messages().size(), cli.err());
        assertEquals(cli.messages().get(0), cli.err().strip(), "nothing but the message");
        assertFalse(cli.hasStackTrace(), cli.err());
    }
}
