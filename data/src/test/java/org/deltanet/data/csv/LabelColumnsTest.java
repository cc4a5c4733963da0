package org.deltanet.data.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.data.DataException;
import org.deltanet.data.Gathered;
import org.deltanet.data.LabelEncoding;
import org.deltanet.data.LabeledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several label columns ({@code label: [a, b, c]}): multi-output numbers, multi-label 0/1 columns
 * and soft targets, read into one target column each in the listed order, with the errors a
 * file can earn (file, line and column).
 */
class LabelColumnsTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, text);
        return file;
    }

    private static CsvSource source(LabelEncoding encoding, String... labels) {
        return new CsvSource(List.of(labels), List.of(), encoding);
    }

    @Test
    void numericColumnsAreTargetsInTheListedOrder() throws IOException {
        Path file = write("y2,x,y1\n10,1,-1\n20,2,-2\n");
        LabeledData data = source(LabelEncoding.NUMERIC, "y1", "y2").read(file);
        Gathered rows = Gathered.of(data.data());
        assertArrayEquals(new double[][] {{1}, {2}}, rows.features());
        assertArrayEquals(new double[][] {{-1, 10}, {-2, 20}}, rows.targets());
        assertEquals(List.of(), data.classes());
        assertEquals(List.of("y1", "y2"), data.targets());
        assertEquals(List.of("x"), data.features());
    }

    @Test
    void multiLabelRowsMayHaveAnyNumberOfOnes() throws IOException {
        Path file = write("x,sport,news,art\n1,1,1,0\n2,0,0,0\n3,1,1,1\n");
        LabeledData data =
                source(LabelEncoding.MULTI_LABEL, "sport", "news", "art").read(file);
        assertArrayEquals(
                new double[][] {{1, 1, 0}, {0, 0, 0}, {1, 1, 1}},
                Gathered.of(data.data()).targets());
        assertEquals(List.of("sport", "news", "art"), data.targets());
        assertEquals(List.of(), data.classes());
    }

    @Test
    void probabilityColumnsAreTheClasses() throws IOException {
        Path file = write("x,cat,dog\n1,0.25,0.75\n2,1,0\n3,0.3333333,0.6666667\n");
        LabeledData data = source(LabelEncoding.PROBABILITIES, "cat", "dog").read(file);
        assertEquals(List.of("cat", "dog"), data.classes());
        assertArrayEquals(new double[] {0.25, 0.75}, Gathered.of(data.data()).targets()[0]);
        LabeledData test = source(LabelEncoding.PROBABILITIES, "cat", "dog").read(file, data.classes());
        assertEquals(data.classes(), test.classes());
    }

    @Test
    void aMultiLabelValueOtherThanZeroOrOneIsRefusedWhereItIs() throws IOException {
        Path file = write("x,a,b\n1,0,1\n2,1,0.5\n");
        String message = assertThrows(DataException.class, () -> source(LabelEncoding.MULTI_LABEL, "a", "b")
                        .read(file))
                .getMessage();
        assertEquals(
                file + ":3: column 'b': '0.5' is not a label; multi-label columns hold 0 or 1 (for numbers say"
                        + " labels: numeric, for class probabilities labels: probabilities)",
                message);
    }

    @Test
    void probabilitiesThatDoNotSumToOneAreRefusedWhereTheyAre() throws IOException {
        Path file = write("x,a,b\n1,0.5,0.5\n2,0.5,0.6\n");
        String message = assertThrows(DataException.class, () -> source(LabelEncoding.PROBABILITIES, "a", "b")
                        .read(file))
                .getMessage();
        assertEquals(
                file + ":3: column 'a': the probabilities in a, b sum to 1.1, not 1; soft targets are a distribution"
                        + " over the classes (within 1.0E-6), for independent 0/1 labels say labels: multi-label",
                message);
        Path negative = write("x,a,b\n1,-0.5,1.5\n");
        assertEquals(
                negative + ":2: column 'a': '-0.5' is not a probability; probability columns hold numbers from 0 to 1"
                        + " that sum to 1 in each row",
                assertThrows(DataException.class, () -> source(LabelEncoding.PROBABILITIES, "a", "b")
                                .read(negative))
                        .getMessage());
    }

    @Test
    void encodingsThatCannotTakeTheColumnsAreRefused() {
        assertEquals(
                "one-hot labels take one column, not 2 (a, b); for several columns say labels: numeric (numbers),"
                        + " multi-label (0 or 1 each) or probabilities (rows summing to 1)",
                assertThrows(IllegalArgumentException.class, () -> source(LabelEncoding.ONE_HOT, "a", "b"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> source(LabelEncoding.PROBABILITIES, "a"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CsvSource(List.of("a", "b"), List.of("b"), LabelEncoding.NUMERIC));
        assertThrows(IllegalArgumentException.class, () -> LabelColumns.fromFile(List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> LabelColumns.fromFile(List.of()));
    }

    @Test
    void aTestFileWhoseProbabilityColumnsAreNotTheTrainingClassesIsRefused() throws IOException {
        Path file = write("x,dog,cat\n1,0.25,0.75\n");
        String message = assertThrows(DataException.class, () -> source(LabelEncoding.PROBABILITIES, "dog", "cat")
                        .read(file, List.of("cat", "dog")))
                .getMessage();
        assertEquals(
                file + ": column 'dog': the probability columns are dog, cat but the training data's classes are"
                        + " cat, dog; name the same columns in the same order",
                message);
    }

    @Test
    void oneColumnIsWrittenBackAsItsNameAndSeveralAsAList() {
        assertEquals("species", LabelColumns.fromFile("species").written());
        assertEquals(List.of("a", "b"), LabelColumns.fromFile(List.of("a", "b")).written());
    }
}
