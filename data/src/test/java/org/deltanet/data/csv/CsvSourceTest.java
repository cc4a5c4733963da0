package org.deltanet.data.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.deltanet.data.DataException;
import org.deltanet.data.Gathered;
import org.deltanet.data.LabelEncoding;
import org.deltanet.data.LabeledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    private static final CsvSource FLOWERS = new CsvSource("species", List.of(), LabelEncoding.ONE_HOT);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String failure(CsvSource source, Path file) {
        return assertThrows(DataException.class, () -> source.read(file)).getMessage();
    }

    @Test
    void readsOneHotClassesInOrderOfFirstAppearance() throws IOException {
        Path file = write(
                "train.csv",
                """
                width,height,species
                1.5,2,virginica
                -3e2,0.25,setosa
                4,+.5,virginica
                """);
        LabeledData data = FLOWERS.read(file);
        assertEquals(List.of("virginica", "setosa"), data.classes());
        Gathered rows = Gathered.of(data.data());
        assertArrayEquals(new double[][] {{1.5, 2}, {-300, 0.25}, {4, 0.5}}, rows.features());
        assertArrayEquals(new double[][] {{1, 0}, {0, 1}, {1, 0}}, rows.targets());
    }

    @Test
    void roundTripsGeneratedValuesExactly() throws IOException {
        var random = new Random(7);
        double[][] features = new double[50][3];
        double[] targets = new double[50];
        StringBuilder text = new StringBuilder("a,b,c,y\n");
        for (int r = 0; r < features.length; r++) {
            for (int j = 0; j < 3; j++) {
                features[r][j] = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
                text.append(features[r][j]).append(',');
            }
            targets[r] = random.nextDouble();
            text.append(targets[r]).append('\n');
        }
        Path file = write("generated.csv", text.toString());
        LabeledData data = new CsvSource("y", List.of(), LabelEncoding.NUMERIC).read(file);
        Gathered rows = Gathered.of(data.data());
        assertEquals(List.of(), data.classes());
        assertArrayEquals(features, rows.features());
        for (int r = 0; r < targets.length; r++) {
            assertArrayEquals(new double[] {targets[r]}, rows.targets()[r]);
        }
    }

    @Test
    void choosesFeatureColumnsInTheGivenOrderAndSkipsOthers() throws IOException {
        Path file = write("chosen.csv", "id,x,y,label\nrow-a,1,2,3\nrow-b,4,5,6\n");
        LabeledData data = new CsvSource("label", List.of("y", "x"), LabelEncoding.NUMERIC).read(file);
        Gathered rows = Gathered.of(data.data());
        assertArrayEquals(new double[][] {{2, 1}, {5, 4}}, rows.features());
        assertArrayEquals(new double[][] {{3}, {6}}, rows.targets());
    }

    @Test
    void acceptsQuotesBlankLinesByteOrderMarkAndGzip() throws IOException {
        String text = "\uFEFFx, \"the label\"\n\n1, \"a, \"\"quoted\"\" class\"\n   \n2,plain\n";
        Path file = dir.resolve("quoted.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        LabeledData data = new CsvSource("the label", List.of(), LabelEncoding.ONE_HOT).read(file);
        assertEquals(List.of("a, \"quoted\" class", "plain"), data.classes());
        assertArrayEquals(new double[][] {{1}, {2}}, Gathered.of(data.data()).features());
    }

    @Test
    void testFileUsesTheTrainingClasses() throws IOException {
        Path train = write("train.csv", "x,species\n1,setosa\n2,versicolor\n3,virginica\n");
        Path test = write("test.csv", "x,species\n4,virginica\n5,setosa\n");
        LabeledData training = FLOWERS.read(train);
        LabeledData testing = FLOWERS.read(test, training.classes());
        assertEquals(training.classes(), testing.classes());
        assertArrayEquals(
                new double[][] {{0, 0, 1}, {1, 0, 0}},
                Gathered.of(testing.data()).targets());
    }

    @Test
    void unknownClassInTestFileNamesRowAndKnownClasses() throws IOException {
        Path test = write("test.csv", "x,species\n4,virginica\n5,versicolour\n");
        var e = assertThrows(
                DataException.class, () -> FLOWERS.read(test, List.of("setosa", "versicolor", "virginica")));
        assertEquals(
                test + ":3: column 'species': unknown class 'versicolour'; did you mean 'versicolor'?"
                        + " the training data has the classes setosa, versicolor, virginica",
                e.getMessage());
        assertEquals(3, e.line());
        assertEquals("species", e.column());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.csv");
        assertEquals(file + ": no such file", failure(FLOWERS, file));
        Path relative = Path.of("no-such-folder", "nowhere.csv");
        assertEquals(
                relative + ": no such file (looked for " + relative.toAbsolutePath() + ")", failure(FLOWERS, relative));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.csv", "\n\n");
        assertEquals(
                file + ": is empty; expected a header row naming the columns, e.g. x1,x2,label",
                failure(FLOWERS, file));
    }

    @Test
    void headerWithoutRows() throws IOException {
        Path file = write("header.csv", "x,species\n");
        assertEquals(file + ": has a header but no data rows", failure(FLOWERS, file));
    }

    @Test
    void unknownLabelColumnSuggestsTheNearestAndListsTheHeader() throws IOException {
        Path file = write("iris.csv", "sepal_width,petal_width,species\n1,2,setosa\n");
        var source = new CsvSource("specis", List.of(), LabelEncoding.ONE_HOT);
        assertEquals(
                file + ":1: unknown column 'specis'; did you mean 'species'?"
                        + " the header has sepal_width, petal_width, species",
                failure(source, file));
    }

    @Test
    void unknownFeatureColumnWithoutCloseNameListsTheHeader() throws IOException {
        Path file = write("iris.csv", "sepal_width,species\n1,setosa\n");
        var source = new CsvSource("species", List.of("colour"), LabelEncoding.ONE_HOT);
        assertEquals(file + ":1: unknown column 'colour'; the header has sepal_width, species", failure(source, file));
    }

    @Test
    void duplicateChosenColumnIsAmbiguous() throws IOException {
        Path file = write("twice.csv", "x,y,x\n1,2,3\n");
        var source = new CsvSource("y", List.of("x"), LabelEncoding.NUMERIC);
        assertEquals(
                file + ":1: column 'x' appears twice in the header (columns 1 and 3); rename one of them",
                failure(source, file));
    }

    @Test
    void rowWithWrongNumberOfFieldsNamesTheLine() throws IOException {
        Path file = write("short.csv", "x,y,species\n1,2,setosa\n\n3,versicolor\n");
        var e = assertThrows(DataException.class, () -> FLOWERS.read(file));
        assertEquals(file + ":4: has 2 fields, but the header has 3 columns (x, y, species)", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void nonNumericFeatureNamesLineColumnAndValue() throws IOException {
        Path file = write("iris.csv", "sepal_length,sepal_width,species\n1,2,setosa\n1.5,abc,setosa\n2,3,versicolor\n");
        assertEquals(file + ":3: column 'sepal_width': 'abc' is not a number", failure(FLOWERS, file));
    }

    @Test
    void numberSyntaxIsStrict() throws IOException {
        Path file = write("hex.csv", "x,y\n1d,2\n");
        var source = new CsvSource("y", List.of(), LabelEncoding.NUMERIC);
        assertEquals(file + ":2: column 'x': '1d' is not a number", failure(source, file));
        Path nan = write("nan.csv", "x,y\n1,NaN\n");
        assertEquals(nan + ":2: column 'y': 'NaN' is not a number", failure(source, nan));
    }

    @Test
    void missingFeatureValue() throws IOException {
        Path file = write("gap.csv", "x,y,species\n1,,setosa\n2,3,versicolor\n");
        assertEquals(file + ":2: column 'y': missing value; every example needs a number here", failure(FLOWERS, file));
    }

    @Test
    void missingClassLabel() throws IOException {
        Path file = write("gap.csv", "x,species\n1,setosa\n2, \n");
        assertEquals(file + ":3: column 'species': missing class label", failure(FLOWERS, file));
    }

    @Test
    void singleClassIsNotEnoughForOneHot() throws IOException {
        Path file = write("one.csv", "x,species\n1,setosa\n2,setosa\n");
        assertEquals(
                file + ": column 'species': every row has the class 'setosa';"
                        + " one-hot labels need at least two classes (or use numeric labels)",
                failure(FLOWERS, file));
    }

    @Test
    void unterminatedQuote() throws IOException {
        Path file = write("quote.csv", "x,species\n1,\"setosa\n");
        assertEquals(
                file + ":2: a quoted field has no closing quote before the end of the file;"
                        + " write a quote inside a field as \"\"",
                failure(FLOWERS, file));
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine() throws IOException {
        Path file = write("after.csv", "x,species\n1,setosa\n2,\"versi\"color\n");
        assertEquals(
                file + ":3: text after the closing quote of a field; quote the whole field, and write a quote"
                        + " inside it as \"\"",
                failure(FLOWERS, file));
    }

    @Test
    void quotedFieldsMaySpanLinesAndLaterErrorsNameTheirOwnLine() throws IOException {
        Path file = write("multi.csv", "x,species\n1,\"iris\nsetosa\"\n2,\"iris\r\nversicolor\"\n\n3,setosa\n");
        LabeledData data = FLOWERS.read(file);
        assertEquals(List.of("iris\nsetosa", "iris\r\nversicolor", "setosa"), data.classes());

        Path broken = write("multi-broken.csv", "x,species\n1,\"iris\nsetosa\"\n\n2x,setosa\n");
        assertEquals(broken + ":5: column 'x': '2x' is not a number", failure(FLOWERS, broken));
    }

    @Test
    void tabSeparatedByTheFileName() throws IOException {
        Path file = write("flowers.tsv", "width\theight\tspecies\n1.5\t2\tvirginica, tall\n3\t4\tsetosa\n");
        LabeledData data = FLOWERS.read(file);
        assertEquals(List.of("virginica, tall", "setosa"), data.classes());
        assertArrayEquals(
                new double[][] {{1.5, 2}, {3, 4}}, Gathered.of(data.data()).features());

        Path wrong = write("wrong.tsv", "width\theight\tspecies\n1.5\t2\n");
        assertEquals(
                wrong + ":2: has 2 fields, but the header has 3 columns (width, height, species)",
                failure(FLOWERS, wrong));
    }

    @Test
    void binaryFileIsNotText() throws IOException {
        Path file = dir.resolve("binary.csv");
        Files.write(file, new byte[] {'x', ',', 'y', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertEquals(file + ": is not UTF-8 text", failure(FLOWERS, file));
    }

    @Test
    void labelCannotAlsoBeAFeature() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new CsvSource("species", List.of("x", "species"), LabelEncoding.ONE_HOT));
        assertEquals("column 'species' is the label, so it cannot also be a feature", e.getMessage());
    }

    @Test
    void unknownEncodingSuggestsTheNearest() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabelEncoding.fromLabel("onehot"));
        assertEquals(
                "unknown label encoding 'onehot'; did you mean 'one-hot'? valid: one-hot, numeric, multi-label, probabilities",
                e.getMessage());
    }
}
