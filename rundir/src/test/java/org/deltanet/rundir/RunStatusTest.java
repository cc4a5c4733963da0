package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStatusTest {

    @Test
    void readsBackWhatItWrites() {
        for (RunStatus status : new RunStatus[] {
            RunStatus.running(),
            RunStatus.complete(),
            RunStatus.failed("out of memory"),
            RunStatus.interrupted("at epoch 3, step 12; resume with: x")
        }) {
            assertEquals(status, RunStatus.parse(status + "\n"));
        }
        assertEquals("failed: out of memory", RunStatus.failed("out of memory").toString());
    }

    @Test
    void aFailureAlwaysHasAOneLineReason() {
        assertEquals("failed: no reason given", RunStatus.failed(null).toString());
        assertEquals("failed: a b", RunStatus.failed(" a\r\n\tb ").toString());
    }

    @Test
    void rejectsUnknownText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunStatus.parse("done"));
        assertEquals(
                "unknown run status 'done'; expected running, complete, failed: <reason> or interrupted ...",
                e.getMessage());
    }

    @Test
    void aRunningStatusWhoseProcessIsGoneSaysSo() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        RunStatus stale = RunStatus.parse("running (pid " + gone.pid() + ")\n");
        RunStatus checked = stale.checked(java.nio.file.Path.of("runs/x"));
        assertEquals(RunStatus.State.GONE, checked.state());
        assertEquals(
                "stopped: the process (pid " + gone.pid() + ") is gone without finishing; resume with: deltanet"
                        + " train --resume runs/x",
                checked.toString());
        assertEquals(
                RunStatus.running(),
                RunStatus.running().checked(java.nio.file.Path.of("runs/x")),
                "this process is alive");
    }

    @Test
    void aSweepWhoseProcessIsGoneSaysToResumeTheSweep(@TempDir java.nio.file.Path sweep) throws Exception {
        java.nio.file.Files.writeString(
                sweep.resolve("experiment.yaml"), "name: iris\nsweep:\n  parameters:\n    seed: [1, 2]\n");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        assertEquals(
                "stopped: the process (pid " + gone.pid() + ") is gone without finishing; resume with: deltanet"
                        + " sweep --resume " + sweep,
                RunStatus.parse("running (pid " + gone.pid() + ")")
                        .checked(sweep)
                        .toString());
    }
}
