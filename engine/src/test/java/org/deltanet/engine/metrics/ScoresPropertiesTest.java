package org.deltanet.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The scores against a direct computation from their definitions, example by example, on
 * generated batches ({@link Batches}), fed to the counters in chunks of random sizes; and the laws
 * that tie them together (weighted recall is accuracy, averages lie between the classes' scores,
 * R² is 1 for perfect predictions and 0 for predicting the mean).
 */
class ScoresPropertiesTest {

    private static final double EXACT = 1e-12;

    @Test
    void classificationScoresFollowTheirDefinitions() {
        Property.forAll(
                        "scores: confusion, per-class precision, recall, F1 and their averages equal a direct count",
                        Batches.of(2, 7),
                        ScoresPropertiesTest::classificationMatchesReference)
                .check()
                .run();
    }

    @Test
    void labelScoresFollowTheirDefinitions() {
        Property.forAll(
                        "scores: per-label precision, recall, F1 and exact match equal a direct count",
                        Batches.of(1, 6),
                        ScoresPropertiesTest::labelsMatchReference)
                .check()
                .run();
    }

    @Test
    void regressionScoresFollowTheirDefinitions() {
        Property.forAll(
                        "scores: MSE, MAE and R² per output equal a two-pass computation; perfect predictions give"
                                + " R² 1, the targets' mean gives R² 0",
                        Batches.of(1, 4),
                        ScoresPropertiesTest::regressionMatchesReference)
                .check()
                .run();
    }

    private static void classificationMatchesReference(Batches batches) {
        int k = batches.columns();
        double[] outputs = batches.outputs();
        double[] targets = batches.classTargets();
        ScoreCounter counter = ScoreCounter.of(TargetKind.CLASSES, names(k), k);
        batches.addInBatches(counter, outputs, targets);
        ClassificationScores scores = (ClassificationScores) counter.scores();

        long[][] confusion = new long[k][k];
        for (int r = 0; r < batches.rows(); r++) {
            confusion[firstLargest(targets, r, k)][firstLargest(outputs, r, k)]++;
        }
        long right = 0;
        for (int a = 0; a < k; a++) {
            right += confusion[a][a];
            for (int p = 0; p < k; p++) {
                assertEquals(confusion[a][p], scores.count(a, p), "confusion[" + a + "][" + p + "]");
            }
        }
        assertEquals(batches.rows(), scores.examples(), "examples");
        assertEquals((double) right / batches.rows(), scores.accuracy(), EXACT, "accuracy");

        List<ClassScores> perClass = scores.perClass();
        double[] macro = new double[3];
        int seen = 0;
        for (int c = 0; c < k; c++) {
            long support = 0;
            long predicted = 0;
            for (int r = 0; r < batches.rows(); r++) {
                support += firstLargest(targets, r, k) == c ? 1 : 0;
                predicted += firstLargest(outputs, r, k) == c ? 1 : 0;
            }
            double precision = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
            double recall = support == 0 ? 0 : (double) confusion[c][c] / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            ClassScores got = perClass.get(c);
            assertEquals(support, got.support(), "support of class " + c);
            assertEquals(precision, got.precision(), EXACT, "precision of class " + c);
            assertEquals(recall, got.recall(), EXACT, "recall of class " + c);
            assertEquals(f1, got.f1(), EXACT, "F1 of class " + c);
            if (support + predicted > 0) {
                seen++;
                macro[0] += precision;
                macro[1] += recall;
                macro[2] += f1;
            }
        }
        assertEquals(macro[0] / seen, scores.macro().precision(), EXACT, "macro precision");
        assertEquals(macro[1] / seen, scores.macro().recall(), EXACT, "macro recall");
        assertEquals(macro[2] / seen, scores.macro().f1(), EXACT, "macro F1");
        assertEquals(scores.accuracy(), scores.weighted().recall(), EXACT, "weighted recall is accuracy");
        requireBetweenClasses(perClass, scores.macro().f1(), "macro F1");
        requireBetweenClasses(perClass, scores.weighted().f1(), "weighted F1");
    }

    private static void labelsMatchReference(Batches batches) {
        int k = batches.columns();
        double[] outputs = batches.outputs();
        double[] targets = batches.labelTargets();
        ScoreCounter counter = ScoreCounter.of(TargetKind.LABELS, List.of(), k);
        batches.addInBatches(counter, outputs, targets);
        LabelScores scores = (LabelScores) counter.scores();

        long exact = 0;
        for (int r = 0; r < batches.rows(); r++) {
            boolean all = true;
            for (int j = 0; j < k; j++) {
                all &= (targets[r * k + j] >= 0.5) == (outputs[r * k + j] >= 0.5);
            }
            exact += all ? 1 : 0;
        }
        assertEquals((double) exact / batches.rows(), scores.exactMatch(), EXACT, "exact match");
        for (int j = 0; j < k; j++) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            long tn = 0;
            for (int r = 0; r < batches.rows(); r++) {
                boolean actual = targets[r * k + j] >= 0.5;
                boolean predicted = outputs[r * k + j] >= 0.5;
                tp += actual && predicted ? 1 : 0;
                fp += !actual && predicted ? 1 : 0;
                fn += actual && !predicted ? 1 : 0;
                tn += !actual && !predicted ? 1 : 0;
            }
            assertEquals(tn, scores.count(j, 0, 0), "true negatives of label " + j);
            assertEquals(tp + fp + fn + tn, batches.rows(), "counts of label " + j);
            ClassScores got = scores.perLabel().get(j);
            assertEquals("output " + (j + 1), got.name());
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            assertEquals(precision, got.precision(), EXACT, "precision of label " + j);
            assertEquals(recall, got.recall(), EXACT, "recall of label " + j);
            assertEquals(
                    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
                    got.f1(),
                    EXACT,
                    "F1 of label " + j);
            assertEquals(tp + fn, got.support(), "support of label " + j);
        }
        requireBetweenClasses(scores.perLabel(), scores.macro().f1(), "macro F1");
    }

    private static void regressionMatchesReference(Batches batches) {
        int k = batches.columns();
        int n = batches.rows();
        double[] targets = batches.values();
        double[] outputs = batches.values().clone();
        double[] noise = batches.outputs();
        double scale = Math.abs(targets[0]) + 1;
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = targets[i] + scale * noise[i];
        }
        RegressionScores scores = regression(batches, outputs, targets);
        double mse = 0;
        double mae = 0;
        double r2 = 0;
        for (int j = 0; j < k; j++) {
            double mean = 0;
            for (int r = 0; r < n; r++) {
                mean += targets[r * k + j] / n;
            }
            double sse = 0;
            double sae = 0;
            double sst = 0;
            for (int r = 0; r < n; r++) {
                double error = outputs[r * k + j] - targets[r * k + j];
                sse += error * error;
                sae += Math.abs(error);
                sst += (targets[r * k + j] - mean) * (targets[r * k + j] - mean);
            }
            OutputErrors got = scores.outputs().get(j);
            assertEquals(sse / n, got.mse(), 1e-10 * (sse / n), "MSE of output " + j);
            assertEquals(sae / n, got.mae(), 1e-10 * (sae / n), "MAE of output " + j);
            double expected = sst == 0 ? (sse == 0 ? 1 : 0) : 1 - sse / sst;
            // n = 1: SST is 0 in exact arithmetic; the two-pass mean may leave a rounding residue
            if (n > 1) {
                assertEquals(expected, got.r2(), 1e-8 * (1 + Math.abs(expected)), "R² of output " + j);
            }
            mse += got.mse() / k;
            mae += got.mae() / k;
            r2 += got.r2() / k;
        }
        assertEquals(mse, scores.mse(), EXACT * (1 + mse), "overall MSE");
        assertEquals(mae, scores.mae(), EXACT * (1 + mae), "overall MAE");
        assertEquals(r2, scores.r2(), EXACT * (1 + Math.abs(r2)), "overall R²");

        RegressionScores perfect = regression(batches, targets, targets);
        assertEquals(1.0, perfect.r2(), 0.0, "R² of perfect predictions");
        assertEquals(0.0, perfect.mse(), 0.0, "MSE of perfect predictions");

        if (n > 1) {
            double[] means = new double[targets.length];
            for (int j = 0; j < k; j++) {
                double mean = 0;
                for (int r = 0; r < n; r++) {
                    mean += targets[r * k + j] / n;
                }
                for (int r = 0; r < n; r++) {
                    means[r * k + j] = mean;
                }
            }
            assertEquals(0.0, regression(batches, means, targets).r2(), 1e-9, "R² of predicting the mean");
        }
    }

    private static RegressionScores regression(Batches batches, double[] outputs, double[] targets) {
        ScoreCounter counter = ScoreCounter.of(TargetKind.VALUES, List.of(), batches.columns());
        batches.addInBatches(counter, outputs, targets);
        return (RegressionScores) counter.scores();
    }

    private static void requireBetweenClasses(List<ClassScores> classes, double average, String what) {
        double low = classes.stream().mapToDouble(ClassScores::f1).min().orElseThrow();
        double high = classes.stream().mapToDouble(ClassScores::f1).max().orElseThrow();
        if (average < low - EXACT || average > high + EXACT || average < 0 || average > 1) {
            throw new AssertionError(what + " " + average + " outside the classes' F1 [" + low + ", " + high + "]");
        }
    }

    private static int firstLargest(double[] values, int row, int k) {
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (values[row * k + j] > values[row * k + best]) {
                best = j;
            }
        }
        return best;
    }

    private static List<String> names(int k) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("class " + c);
        }
        return names;
    }
}
