package org.deltanet.experiment.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlErrorsTest {

    record Optimizer(double learningRate, double momentum) {
        Optimizer {
            if (learningRate <= 0) {
                throw new IllegalArgumentException("learning-rate must be positive, got " + learningRate);
            }
        }
    }

    record Layer(@JsonProperty(required = true) int units, String activation, double[] bias) {}

    record Experiment(@JsonProperty(required = true) String name, Optimizer optimizer, List<Layer> layers) {}

    private static final YAMLMapper MAPPER = YamlMappers.create();

    @TempDir
    Path dir;

    private String error(String yaml) throws IOException {
        Path file = dir.resolve("xor.yaml");
        Files.writeString(file, yaml);
        var e = assertThrows(
                JsonProcessingException.class, () -> TreeCheck.read(MAPPER, Files.readString(file), Experiment.class));
        return YamlErrors.describe(file, e).replace(file.toString(), "xor.yaml");
    }

    @Test
    void unknownKeySuggestsTheNearestAtTheKey() throws IOException {
        assertEquals(
                "xor.yaml:3:3: unknown key 'learning-rat' in optimizer; did you mean 'learning-rate'?",
                error(
                        """
                        name: xor
                        optimizer:
                          learning-rat: 0.1
                          momentum: 0.9
                        """));
    }

    @Test
    void unknownKeyWithoutNearNameListsTheValidOnes() throws IOException {
        assertEquals(
                "xor.yaml:4:5: unknown key 'colour' in layers[1]; valid keys: activation, bias, units",
                error(
                        """
                        name: xor
                        layers:
                          - units: 2
                          - colour: red
                            units: 1
                        """));
        assertEquals(
                "xor.yaml:2:1: unknown key 'epochs'; valid keys: layers, name, optimizer",
                error("name: xor\nepochs: 3\n"));
    }

    @Test
    void missingKeyPointsAtItsMapping() throws IOException {
        assertEquals(
                "xor.yaml:4:5: missing key 'units' in layers[1]",
                error(
                        """
                name: xor
                layers:
                  - units: 2
                  - activation: sigmoid
                """));
        assertEquals("xor.yaml:1:1: missing key 'name'", error("layers: []\n"));
    }

    @Test
    void wrongTypeGivesPathExpectedAndFound() throws IOException {
        assertEquals(
                "xor.yaml:4:5: layers[0].units: expected a whole number, got 'three'",
                error(
                        """
                name: xor
                layers:
                  - activation: sigmoid
                    units: three
                """));
        assertEquals(
                "xor.yaml:3:5: layers[0].units: expected a whole number, got '2.5'",
                error("name: xor\nlayers:\n  - units: 2.5\n"));
        assertEquals("xor.yaml:2:1: layers: expected a list, got '4'", error("name: xor\nlayers: 4\n"));
        assertEquals("xor.yaml:2:1: optimizer: expected a mapping, got a list", error("name: xor\noptimizer: [1]\n"));
        assertEquals(
                "xor.yaml:4:15: layers[0].bias[1]: expected a number, got 'x'",
                error("name: xor\nlayers:\n  - units: 1\n    bias: [1, x]\n"));
        assertEquals(
                "xor.yaml:3:5: layers[0].units: expected a whole number from -2147483648 to 2147483647,"
                        + " got '99999999999'",
                error("name: xor\nlayers:\n  - units: 99999999999\n"));
        assertEquals(
                "xor.yaml:3:3: optimizer.momentum: expected a number, got nothing",
                error("name: xor\noptimizer:\n  momentum:\n  learning-rate: 1\n"));
    }

    @Test
    void misspeltKeyIsReportedRatherThanTheMissingOneItCausesInARecord() throws IOException {
        assertEquals(
                "xor.yaml:4:5: unknown key 'unit' in layers[1]; did you mean 'units'?",
                error(
                        """
                name: xor
                layers:
                  - units: 2
                  - unit: 1
                """));
        assertEquals(
                "xor.yaml:4:3: unknown key 'learning-rat' in optimizer; did you mean 'learning-rate'?",
                error("name: xor\noptimizer:\n  momentum: 0.9\n  learning-rat: 0.1\n"));
    }

    @Test
    void primitiveWithoutKeyIsMissing() throws IOException {
        assertEquals(
                "xor.yaml:2:1: missing key 'learning-rate' in optimizer",
                error("name: xor\noptimizer:\n  momentum: 0.9\n"));
    }

    @Test
    void constructorChecksArePlacedAtTheirMapping() throws IOException {
        assertEquals(
                "xor.yaml:2:1: optimizer: learning-rate must be positive, got -1.0",
                error("name: xor\noptimizer: {learning-rate: -1, momentum: 0}\n"));
    }

    @Test
    void syntaxErrorsGiveTheYamlProblem() throws IOException {
        assertEquals("xor.yaml:1:10: invalid YAML: mapping values are not allowed here", error("name: xor: 1\n"));
        assertEquals("xor.yaml:2:5: invalid YAML: Duplicate field 'name'", error("name: a\nname: b\n"));
        assertEquals(
                "xor.yaml:2:1: invalid YAML: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation) (while scanning for the next token)",
                error("name: xor\n\tseed: 1\n"));
        assertEquals(
                "xor.yaml:2:1: invalid YAML: found unexpected end of stream"
                        + " (while scanning a quoted scalar at 1:4)",
                error("a: 'x\n"));
        assertEquals(
                "xor.yaml:1:3: invalid YAML: a key must be a plain name, not a mapping or a list",
                error("{{a: 1}: 2}\n"));
    }

    @Test
    void whereLocatesAPathOrItsNearestEnclosingValue() throws IOException {
        Path file = Files.writeString(
                dir.resolve("m.yaml"), "name: x\nlayers:\n  - units: 1\n  - units: 2\n    bias: [1]\n");
        assertEquals(
                file + ":5:5",
                YamlErrors.where(file, YamlPath.root().key("layers").index(1).key("bias")));
        assertEquals(
                file + ":4:5",
                YamlErrors.where(file, YamlPath.root().key("layers").index(1)));
        assertEquals(
                file + ":4:5",
                YamlErrors.where(file, YamlPath.root().key("layers").index(1).key("mask")));
        assertEquals(
                "layers[1].bias",
                YamlPath.root().key("layers").index(1).key("bias").toString());
        assertEquals(dir.resolve("none.yaml").toString(), YamlErrors.where(dir.resolve("none.yaml"), YamlPath.root()));
    }

    @Test
    void arraysAreWrittenOnOneLineInFullPrecision() throws IOException {
        double[] bias = {0.1 + 0.2, -1.0E-300, Double.MIN_VALUE, 1.0E22, -0.0};
        var experiment = new Experiment("x", null, List.of(new Layer(5, null, bias)));
        String yaml = MAPPER.writeValueAsString(experiment);
        assertEquals(
                """
                name: x
                layers:
                - units: 5
                  bias: [0.30000000000000004, -1.0E-300, 4.9E-324, 1.0E22, -0.0]
                """,
                yaml);
        assertArrayEquals(
                bias, MAPPER.readValue(yaml, Experiment.class).layers().get(0).bias());
    }
}
