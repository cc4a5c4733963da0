package org.deltanet.experiment.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.engine.train.TrainingPosition;

/**
 * Keeps {@code checkpoints/best.yaml} (and {@code best.npz}): the checkpoint of the best epoch so
 * far by the monitored metric, rewritten whenever an epoch becomes the best. Early stopping
 * restores the model from it. It must come after the listener that decides the best epoch, so
 * that it sees this epoch's verdict. Example:
 * <pre>{@code
 * listeners.add(stopping);
 * listeners.add(new BestCheckpointListener(run.checkpointsDirectory(), stopping::bestEpoch, models::of));
 * }</pre>
 * Its name does not match {@link CheckpointListener#NAMES}, so {@code keep-last} never removes it
 * and {@code --resume} never takes it for the newest checkpoint.
 */
public final class BestCheckpointListener implements TrainingListener {

    private final Path directory;
    private final Supplier<OptionalInt> bestEpoch;
    private final Function<Network, Model> model;

    /**
     * @param directory the run's checkpoint folder (created on the first write)
     * @param bestEpoch the best epoch so far, as decided after each epoch
     * @param model     the network with the run's loss, scaling and classes, as a model
     */
    public BestCheckpointListener(Path directory, Supplier<OptionalInt> bestEpoch, Function<Network, Model> model) {
        this.directory = directory;
        this.bestEpoch = bestEpoch;
        this.model = model;
    }

    /** The best checkpoint's document in a checkpoint folder: {@code best.yaml}. */
    public static Path fileIn(Path directory) {
        return directory.resolve("best.yaml");
    }

    @Override
    public boolean onEpochEnd(EpochReport report) {
        OptionalInt best = bestEpoch.get();
        if (best.isPresent() && best.getAsInt() == report.epoch()) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + directory, e);
            }
            Checkpoints.write(
                    fileIn(directory),
                    new Checkpoint(
                            model.apply(report.network()),
                            report.epoch(),
                            report.optimizerState(),
                            TrainingPosition.after(report.epoch())));
        }
        return true;
    }
}
