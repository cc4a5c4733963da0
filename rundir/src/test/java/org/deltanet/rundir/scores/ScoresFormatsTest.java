package org.deltanet.rundir.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.deltanet.engine.metrics.ClassificationScores;
import org.deltanet.engine.metrics.ScoreCounter;
import org.deltanet.engine.metrics.TargetKind;
import org.deltanet.engine.train.Evaluation;
import org.deltanet.engine.train.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table, JSON and CSV of one small classification worked by hand: 6 examples of the classes
 * a, b and "c,d" (a name that CSV must quote), actual a a b b c c, predicted a b b b a c. So
 * a: tp 1, fp 1, fn 1 (precision 1/2, recall 1/2); b: tp 2, fp 1, fn 0 (2/3, 1); c,d: tp 1, fp 0,
 * fn 1 (1, 1/2); accuracy 4/6.
 */
class ScoresFormatsTest {

    @TempDir
    Path directory;

    private static Evaluation example() {
        double[] eye = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        int[] actual = {0, 0, 1, 1, 2, 2};
        int[] predicted = {0, 1, 1, 1, 0, 2};
        double[] targets = new double[18];
        double[] outputs = new double[18];
        for (int r = 0; r < 6; r++) {
            System.arraycopy(eye, actual[r] * 3, targets, r * 3, 3);
            System.arraycopy(eye, predicted[r] * 3, outputs, r * 3, 3);
        }
        ScoreCounter counter = ScoreCounter.of(TargetKind.CLASSES, List.of("a", "b", "c,d"), 3);
        counter.add(outputs, targets, 6);
        return new Evaluation(new Metrics(0.5, 4.0 / 6), counter.scores());
    }

    @Test
    void tableShowsTheConfusionMatrixAndPerClassScores() {
        assertEquals(
                """
                6 examples  loss 0.5000  accuracy 0.6667

                confusion matrix (rows: actual class, columns: predicted class)
                       a    b  c,d
                a      1    1    0
                b      0    2    0
                c,d    1    0    1

                class         precision  recall      f1  support
                a                0.5000  0.5000  0.5000        2
                b                0.6667  1.0000  0.8000        2
                c,d              1.0000  0.5000  0.6667        2
                macro avg        0.7222  0.6667  0.6556        6
                weighted avg     0.7222  0.6667  0.6556        6
                """,
                ScoresTable.of(example()));
    }

    @Test
    void jsonHoldsTheSameNumbers() {
        String json = ScoresJson.of(example());
        assertTrue(json.contains("\"kind\" : \"classes\""), json);
        assertTrue(json.contains("\"confusion\" : [ [ 1, 1, 0 ], [ 0, 2, 0 ], [ 1, 0, 1 ] ]"), json);
        assertTrue(json.contains("\"class\" : \"b\",\n    \"precision\" : 0.6666666666666666"), json);
        assertTrue(json.contains("\"accuracy\" : 0.6666666666666666"), json);
    }

    @Test
    void csvHasOneNumberPerRowAndQuotesNames() {
        List<String> rows = ScoresCsv.of(example()).lines().toList();
        assertEquals("metric,target,predicted,value", rows.get(0));
        assertTrue(rows.contains("confusion,\"c,d\",a,1"), rows.toString());
        assertTrue(rows.contains("recall,b,,1.0"), rows.toString());
        assertTrue(rows.contains("macro-f1,,,0.6555555555555556"), rows.toString());
        assertTrue(rows.stream().skip(1).allMatch(row -> row.matches(".*,[0-9.E-]+$")), rows.toString());
    }

    @Test
    void regressionJsonAndCsvHaveNoAccuracy() {
        ScoreCounter counter = ScoreCounter.of(TargetKind.VALUES, List.of("x", "y"), 2);
        counter.add(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 5}, 2);
        Evaluation evaluation = new Evaluation(new Metrics(0.25, 0.5), counter.scores());
        assertFalse(ScoresJson.of(evaluation).contains("accuracy"));
        assertFalse(ScoresCsv.of(evaluation).contains("accuracy"));
        assertFalse(ScoresTable.of(evaluation).contains("accuracy"));
        assertTrue(ScoresCsv.of(evaluation).contains("\nr2,x,,1.0\n"), ScoresCsv.of(evaluation));
        assertTrue(ScoresTable.of(evaluation).contains("all outputs"), ScoresTable.of(evaluation));
    }

    @Test
    void chartIsAPngWithACellPerClassPair() throws Exception {
        Path file = directory.resolve("confusion.png");
        ConfusionChart.write((ClassificationScores) example().scores(), "example", file);
        BufferedImage image = ImageIO.read(Files.newInputStream(file));
        assertTrue(image.getWidth() >= 3 * 22 && image.getHeight() >= 3 * 22, image.toString());
    }

    /** A long title (a run directory's name) is not cut off: the right edge of the heading band stays white. */
    @Test
    void theImageIsWideEnoughForItsTitle() {
        BufferedImage image = ConfusionChart.draw(
                (ClassificationScores) example().scores(), "iris-regularized-20261206-200544 (test data)");

        int white = 0xffffff;
        for (int y = 0; y < 50; y++) {
            for (int x = image.getWidth() - 8; x < image.getWidth(); x++) {
                assertEquals(white, image.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y + " of " + image);
            }
        }
        boolean inked = false;
        for (int x = 200; x < image.getWidth() && !inked; x++) {
            for (int y = 5; y < 30 && !inked; y++) {
                inked = (image.getRGB(x, y) & 0xffffff) != white;
            }
        }
        assertTrue(inked, "the title reaches past x = 200");
    }
}
