package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deltanet train examples/mnist.yaml} for three epochs on the 8,000 shared training digits;
 * skipped where the shared data is absent.
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
}
