package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RunStatusTest {

    @Test
    void readsBackWhatItWrites() {
        for (RunStatus status : new RunStatus[] {RunStatus.running(), RunStatus.complete(),
                RunStatus.failed("out of memory")}) {
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
        assertEquals("unknown run status 'done'; expected running, complete or failed: <reason>", e.getMessage());
    }
}
