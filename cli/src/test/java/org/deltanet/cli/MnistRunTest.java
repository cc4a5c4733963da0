package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deltanet train examples/mnist.yaml} for three epochs, and
 * {@code examples/mnist-regularized.yaml} for two, on the 8,000 shared training digits; skipped where
 * the shared data is absent.
 */
class MnistRunTest {

    @Test
    void threeEpochsReach90PercentOnTheHeldOutDigits(@TempDir Path output) {
        assumeTrue(
                Files.isRegularFile(Repository.SHARED_DATA.resolve("mnist-train-images-idx3-ubyte.gz")),
                "no MNIST files in " + Repository.SHARED_DATA);

        CapturedRun cli = CapturedRun.successful(
                "train", EXAMPLES.resolve("mnist.yaml"), "--set", "training.epochs=3", "--output", output);

        double accuracy = Double.parseDouble(cli.testMetrics().accuracy());
        assertTrue(accuracy >= 0.90, "test accuracy " + accuracy);
        assertTrue(cli.out().contains("epoch 3/3"), cli.out());
    }

    /** Dropout, L2, clipping and a cosine schedule with warm-up: it trains, and reports its penalty. */
    @Test
    void theRegularizedExampleReaches90PercentInTwoEpochs(@TempDir Path output) throws java.io.IOException {
        assumeTrue(
                Files.isRegularFile(Repository.SHARED_DATA.resolve("mnist-train-images-idx3-ubyte.gz")),
                "no MNIST files in " + Repository.SHARED_DATA);

        CapturedRun cli = CapturedRun.successful(
                "train", EXAMPLES.resolve("mnist-regularized.yaml"), "--set", "training.epochs=2", "--output", output);

        double accuracy = Double.parseDouble(cli.testMetrics().accuracy());
        assertTrue(accuracy >= 0.90, "test accuracy " + accuracy);
        String header =
                Files.readAllLines(cli.runDirectory().resolve("metrics.csv")).get(0);
        assertTrue(header.endsWith(",train_penalty,train_loss_with_penalty"), header);
    }
}
