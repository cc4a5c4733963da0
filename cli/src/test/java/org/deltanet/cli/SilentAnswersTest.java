package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The silent wrong answers of issue 10 that are answers, not errors: a file whose columns are in
 * another order than the training file's is read by header name, so evaluate, predict and an
 * experiment's test section give what the file in training order gives. (Each of these printed a
 * different answer, with exit 0, when columns were matched by position.) The refusals of the same
 * class are in {@link HostileCases}.
 */
class SilentAnswersTest {

    /** {@link BadInputTest#FLOWERS} with its two feature columns the other way round. */
    static final String SWAPPED = swapped(BadInputTest.FLOWERS);

    @TempDir
    static Path dir;

    private static Path flowers;
    private static Path swapped;
    private static Path model;

    @BeforeAll
    static void train() throws IOException {
        flowers = Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        swapped = Files.writeString(dir.resolve("swapped.csv"), SWAPPED);
        Path experiment = Files.writeString(dir.resolve("e.yaml"), BadInputTest.EXPERIMENT);
        model = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"))
                .runDirectory()
                .resolve("model.yaml");
    }

    @Test
    void theModelRecordsItsFeaturesInTrainingOrder() throws IOException {
        assertTrue(Files.readString(model).contains("features:\n- x1\n- x2\n"), Files.readString(model));
    }

    @Test
    void evaluateReadsSwappedColumnsByName() {
        CapturedRun inOrder = CapturedRun.successful("evaluate", model, "--data", flowers, "--label", "species");
        CapturedRun reordered = CapturedRun.successful("evaluate", model, "--data", swapped, "--label", "species");

        assertEquals(inOrder.out(), reordered.out());
    }

    @Test
    void evaluateReadsASectionWithSwappedColumnsByName() {
        CapturedRun inOrder = CapturedRun.successful(
                "evaluate", model, "--source", "{type: csv, file: '" + flowers + "', label: species}");
        CapturedRun reordered = CapturedRun.successful(
                "evaluate", model, "--source", "{type: csv, file: '" + swapped + "', label: species}");

        assertEquals(inOrder.out(), reordered.out());
    }

    @Test
    void predictReadsSwappedColumnsByName() {
        CapturedRun inOrder = CapturedRun.successful("predict", model, "--input", flowers, "--ignore", "species");
        CapturedRun reordered = CapturedRun.successful("predict", model, "--input", swapped, "--ignore", "species");

        assertEquals(inOrder.out(), reordered.out());
    }

    @Test
    void aTestSectionWithSwappedColumnsGivesTheTestMetricsOfTheFileInOrder() throws IOException {
        CapturedRun inOrder = trainWithTest("flowers.csv");
        CapturedRun reordered = trainWithTest("swapped.csv");

        assertEquals(inOrder.testMetrics(), reordered.testMetrics());
    }

    @Test
    void predictQuotesClassNamesHoldingCommasQuotesAndLineBreaks() throws IOException {
        Path data = Files.writeString(
                dir.resolve("odd-classes.csv"),
                String.join(
                        "\n",
                        "x1,x2,label",
                        "0.1,0.2,\"a,b\"",
                        "0.9,0.8,\"say \"\"hi\"\"\"",
                        "0.5,0.1,\"two\nlines\"",
                        "0.2,0.1,\"a,b\"",
                        "0.8,0.9,\"say \"\"hi\"\"\"",
                        "0.4,0.2,\"two\nlines\"",
                        ""));
        Path experiment = Files.writeString(
                dir.resolve("odd.yaml"),
                BadInputTest.EXPERIMENT
                        .replace("file: flowers.csv, label: species", "file: odd-classes.csv, label: label")
                        .replace("batch-size: 4", "batch-size: 2"));
        Path oddModel = CapturedRun.successful("train", experiment, "--output", dir.resolve("odd-runs"))
                .runDirectory()
                .resolve("model.yaml");

        CapturedRun predict = CapturedRun.successful("predict", oddModel, "--input", data, "--ignore", "label");

        List<List<String>> table = parse(predict.out());
        assertEquals(List.of("class", "a,b", "say \"hi\"", "two\nlines"), table.get(0));
        assertEquals(7, table.size(), predict.out());
        for (List<String> row : table.subList(1, table.size())) {
            assertEquals(4, row.size(), row::toString);
            assertTrue(table.get(0).subList(1, 4).contains(row.get(0)), row::toString);
        }
    }

    /** CSV text as rows of cells, as a reader that knows RFC 4180 quoting sees it. */
    private static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class)
                .readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static CapturedRun trainWithTest(String test) throws IOException {
        Path experiment = Files.writeString(
                dir.resolve("with-" + test + ".yaml"),
                BadInputTest.EXPERIMENT.replace(
                        "label: species }\n",
                        "label: species }\n  test: { type: csv, file: " + test + ", label: species }\n"));
        return CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"));
    }

    /** The CSV text with its first two columns exchanged, line by line. */
    private static String swapped(String csv) {
        StringBuilder out = new StringBuilder();
        for (String line : csv.lines().toList()) {
            String[] cells = line.split(",");
            out.append(cells[1])
                    .append(',')
                    .append(cells[0])
                    .append(',')
                    .append(cells[2])
                    .append('\n');
        }
        return out.toString();
    }
}
