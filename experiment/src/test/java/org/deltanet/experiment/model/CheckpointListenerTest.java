package org.deltanet.experiment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.train.StepStatistics;
import org.deltanet.engine.train.TrainingPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointListenerTest {

    @TempDir
    Path dir;

    /** keep-last: only the newest N checkpoints stay, each with its numbers; a mid-epoch one sorts in place. */
    @Test
    void keepsTheNewestCheckpointsOnly() throws IOException {
        Model model = RandomModels.model(2);
        var listener = new CheckpointListener(dir, 1, 2, network -> model);
        int depth = model.network().depth();
        for (TrainingPosition position : List.of(
                TrainingPosition.after(1),
                TrainingPosition.after(2),
                new TrainingPosition(2, 7, StepStatistics.of(1.5, 3, 14, new double[depth])),
                TrainingPosition.after(3))) {
            listener.write(model.network(), new OptimizerState(), position);
        }
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(
                            "epoch-0003-step-000007.npz",
                            "epoch-0003-step-000007.yaml",
                            "epoch-0003.npz",
                            "epoch-0003.yaml"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        Checkpoint mid = Checkpoints.read(dir.resolve("epoch-0003-step-000007.yaml"), TestPlugins.RESOLVER);
        assertEquals(7, mid.position().stepsDone());
        assertEquals(2, mid.epoch());
        assertEquals(14, mid.position().partial().rows());
    }
}
