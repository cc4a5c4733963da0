package org.deltanet.experiment.extension;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a training run offers an {@link ExperimentExtension}.
 *
 * @param experiment     the experiment's {@code name}
 * @param seed           the experiment's seed
 * @param epochs         the epochs the run trains to ({@code training.epochs})
 * @param firstEpoch     the first epoch this process trains: 1, or after a resume the epoch after
 *                       the checkpoint's
 * @param parameterCount the network's weights and biases
 * @param directory      the run directory, which exists; an extension may add files to it
 */
public record RunInfo(String experiment, long seed, int epochs, int firstEpoch, long parameterCount, Path directory) {

    public RunInfo {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(directory, "directory");
    }
}
