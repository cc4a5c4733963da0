package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.deltanet.rundir.RunLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resume picks its checkpoint by epoch number and leaves a run to the one process that trains it. */
class ResumeIntegrityTest {

    @TempDir
    Path dir;

    Path run;

    @BeforeEach
    void interruptedRun() throws IOException {
        Path experiment = Files.writeString(dir.resolve("xor.yaml"), HostileCases.XOR);
        CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"));
        try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
            run = runs.findFirst().orElseThrow();
        }
        Files.writeString(run.resolve("STATUS"), "running\n");
    }

    @Test
    void theNewestCheckpointIsTheOneWithTheHighestEpochNotTheLastByName() throws IOException {
        Path checkpoints = run.resolve("checkpoints");
        Files.delete(checkpoints.resolve("epoch-0001.yaml"));
        // named as epochs 9000 and 10000 would be: by name, epoch-9000 comes last
        Files.move(checkpoints.resolve("epoch-0002.yaml"), checkpoints.resolve("epoch-9000.yaml"));
        Files.move(checkpoints.resolve("epoch-0003.yaml"), checkpoints.resolve("epoch-10000.yaml"));

        CapturedRun resumed = CapturedRun.successful("train", "--resume", run);

        assertTrue(resumed.out().contains("resuming " + run + " after epoch 3"), resumed::toString);
    }

    @Test
    void aSecondResumeOfARunBeingTrainedIsRefusedWithTheOwnersPid() throws IOException {
        String metrics = Files.readString(run.resolve("metrics.csv"));
        try (RunLock owner = RunLock.acquire(run)) {
            CapturedRun second = CapturedRun.of("train", "--resume", run);

            assertEquals(ExitCode.CONFIG.code(), second.exitCode(), second::toString);
            assertEquals(
                    run + " is being trained by process "
                            + ProcessHandle.current().pid() + " now; wait for it "
                            + "to finish, or stop it and then resume",
                    second.messages().get(0).substring("deltanet: ".length()));
            assertEquals("running", Files.readString(run.resolve("STATUS")).strip(), "the owner's status untouched");
            assertEquals(metrics, Files.readString(run.resolve("metrics.csv")), "the owner's metrics untouched");
        }
        CapturedRun.successful("train", "--resume", run);
        assertEquals("complete", Files.readString(run.resolve("STATUS")).strip());
    }

    @Test
    void anEditedExperimentIsRefusedNotIgnored() throws IOException {
        Path experiment = run.resolve("experiment.yaml");
        Files.writeString(experiment, Files.readString(experiment).replace("units: 4", "units: 5"));

        CapturedRun resumed = CapturedRun.of("train", "--resume", run);

        assertEquals(ExitCode.CONFIG.code(), resumed.exitCode(), resumed::toString);
        assertTrue(
                resumed.messages()
                        .get(0)
                        .contains("model.layers[0].units is 5, but checkpoint epoch-0003.yaml was " + "trained with 4"),
                resumed::toString);
    }
}
