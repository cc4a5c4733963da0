package org.deltanet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.data.csv.CsvSource;
import org.deltanet.data.idx.MnistSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real data sets shared beside the repository ({@code ../shared/data} from its root);
 * skipped where that folder is absent.
 */
class SharedDataTest {

    private static final Path SHARED = Path.of("../../shared/data");

    @BeforeAll
    static void requireSharedData() {
        assumeTrue(
                Files.isDirectory(SHARED),
                "no shared data at " + SHARED.toAbsolutePath().normalize());
    }

    @Test
    void mnistTrainingImages() {
        LabeledData digits = MnistSource.read(
                SHARED.resolve("mnist-train-images-idx3-ubyte.gz"), SHARED.resolve("mnist-train-labels-idx1-ubyte.gz"));
        assertEquals(8_000, digits.data().size());
        assertEquals(28 * 28, digits.data().featureCount());
        assertEquals(10, digits.data().targetCount());
        Gathered rows = Gathered.of(digits.data());
        int[] perClass = new int[10];
        for (int i = 0; i < rows.targets().length; i++) {
            double sum = 0;
            for (int c = 0; c < 10; c++) {
                sum += rows.targets()[i][c];
                perClass[c] += (int) rows.targets()[i][c];
            }
            assertEquals(1.0, sum);
            for (double x : rows.features()[i]) {
                assertTrue(x >= 0.0 && x <= 1.0);
            }
        }
        for (int count : perClass) {
            assertTrue(count > 500, "every digit occurs often");
        }
    }

    @Test
    void iris() {
        LabeledData iris = new CsvSource("species", List.of(), LabelEncoding.ONE_HOT).read(SHARED.resolve("iris.csv"));
        assertEquals(150, iris.data().size());
        assertEquals(4, iris.data().featureCount());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classes());
        Gathered rows = Gathered.of(iris.data());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, rows.features()[0]);
        assertArrayEquals(new double[] {1, 0, 0}, rows.targets()[0]);
    }
}
