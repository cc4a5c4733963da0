package org.deltanet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/**
 * deltanet's {@code log4j2.properties}: the scheduler's expected warnings are dropped, the others
 * kept; stack frames in a message are cut.
 */
class LogSettingsTest {

    private static final String SCHEDULER = "org.apache.spark.scheduler.TaskSetManager";

    @Test
    void theSchedulersExpectedWarningsAreDroppedAndOthersKept() {
        assertEquals(
                Filter.Result.DENY,
                decision("Lost task 0.0 in stage 3.0 (TID 3) (localhost executor driver): TaskKilled (Stage cancelled:"
                        + " Job 3 cancelled part of cancelled job group deltanet-sweep)"));
        assertEquals(
                Filter.Result.DENY,
                decision("Stage 0 contains a task of very large size (24822 KiB). The maximum recommended task size"
                        + " is 1000 KiB."));
        assertEquals(
                Filter.Result.NEUTRAL,
                decision("Lost task 0.0 in stage 1.0 (TID 1) (192.0.2.2 executor driver): java.lang.OutOfMemoryError"));
    }

    /**
     * A warning whose message carries a remote stack trace as text (Spark's RPC failures: "Failed
     * to remove broadcast 0 ... - ...RpcEnvStoppedException" followed by the other JVM's frames,
     * seen when a killed application's driver stopped) shows as its first line.
     */
    @Test
    void stackFramesCarriedInAMessageAreCut() {
        String message = "Failed to remove broadcast 0 with removeFromMaster = true -"
                + " org.apache.spark.rpc.RpcEnvStoppedException: RpcEnv already stopped.\n"
                + "\tat org.apache.spark.rpc.netty.Dispatcher.postMessage(Dispatcher.scala:179)\n"
                + "\tat java.base/java.lang.Thread.run(Thread.java:840)\n";
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        String line = context.getConfiguration()
                .getAppender("stderr")
                .getLayout()
                .toSerializable(Log4jLogEvent.newBuilder()
                        .setLoggerName("org.apache.spark.storage.BlockManagerMaster")
                        .setLevel(Level.WARN)
                        .setMessage(new SimpleMessage(message))
                        .build())
                .toString();

        assertTrue(
                line.matches("\\d\\d:\\d\\d:\\d\\d WARN BlockManagerMaster: Failed to remove broadcast 0 with"
                        + " removeFromMaster = true - org.apache.spark.rpc.RpcEnvStoppedException: RpcEnv already"
                        + " stopped\\.\\R"),
                line);
    }

    private static Filter.Result decision(String warning) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig scheduler = context.getConfiguration().getLoggerConfig(SCHEDULER);
        assertEquals(SCHEDULER, scheduler.getName(), "log4j2.properties configures the scheduler's logger");
        return scheduler
                .getFilter()
                .filter(Log4jLogEvent.newBuilder()
                        .setLoggerName(SCHEDULER)
                        .setLevel(Level.WARN)
                        .setMessage(new SimpleMessage(warning))
                        .build());
    }
}
