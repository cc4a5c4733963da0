package org.deltanet.experiment.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.TrainingListener;

/**
 * Writes a checkpoint (network, completed epoch, optimizer state) every {@code every} epochs and
 * after the last one, each atomically as {@code checkpoints/epoch-0005.yaml}, so that
 * {@code train --resume} continues exactly where the newest one left off.
 */
public final class CheckpointListener implements TrainingListener {

    private final Path directory;
    private final int every;
    private final Function<Network, Model> model;

    /**
     * @param directory where checkpoints go (created on the first write)
     * @param every     epochs between checkpoints, at least 1
     * @param model     the network with the run's loss, scaling and classes, as a model
     */
    public CheckpointListener(Path directory, int every, Function<Network, Model> model) {
        if (every < 1) {
            throw new IllegalArgumentException("checkpoints every " + every + " epochs: must be at least 1");
        }
        this.directory = directory;
        this.every = every;
        this.model = model;
    }

    /** The checkpoint file of an epoch: {@code epoch-0005.yaml}, so that names sort by epoch. */
    public static Path fileFor(Path directory, int epoch) {
        return directory.resolve(String.format("epoch-%04d.yaml", epoch));
    }

    @Override
    public boolean onEpochEnd(EpochReport report) {
        if (report.epoch() % every == 0 || report.epoch() == report.epochs()) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + directory, e);
            }
            Checkpoints.write(fileFor(directory, report.epoch()),
                    new Checkpoint(model.apply(report.network()), report.epoch(), report.optimizerState()));
        }
        return true;
    }
}
