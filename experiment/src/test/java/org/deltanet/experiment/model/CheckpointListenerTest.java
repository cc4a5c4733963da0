package org.deltanet.experiment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.Metrics;
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

    /** The warm-up's rehearsal encodes a checkpoint of the copy it is given, buffers and all, and writes no file. */
    @Test
    void rehearsesTheWriterDuringTheWarmUpWithoutWritingAFile() {
        Model model = RandomModels.model(3);
        Path checkpoints = dir.resolve("checkpoints");
        List<Network> asked = new ArrayList<>();
        var listener = new CheckpointListener(checkpoints, 1, 2, network -> {
            asked.add(network);
            return model;
        });
        Map<String, double[]> buffers = new LinkedHashMap<>();
        buffers.put(
                "layer1.weights/velocity", new double[model.network().layer(1).weights().length]);
        listener.onWarmUp(new EpochReport(
                1,
                3,
                5,
                new Metrics(0.5, 0.75),
                null,
                new double[model.network().depth()],
                Double.NaN,
                Double.NaN,
                0.1,
                model.network(),
                OptimizerState.restore(5, buffers)));
        assertEquals(1, asked.size(), "one model of the copy, encoded again and again");
        assertSame(model.network(), asked.get(0));
        assertFalse(Files.exists(checkpoints), "a rehearsal writes nothing, not even the directory");
    }
}
