package org.deltanet.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM during {@code train} or {@code sweep}: the first asks training to stop
 * at the next step boundary and save a checkpoint, the charts and the summary (a sweep: to cancel
 * the variants not finished and write what the others trained); a second quits at once (every file is
 * written atomically, so what is on disk stays whole). The exit code is 128 plus the signal's number:
 * 130 for SIGINT, 143 for SIGTERM.
 *
 * <p>Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}), the one way in Java 17 to handle
 * a signal without the JVM's shutdown starting; a shutdown hook could not wait for the checkpoint
 * and then choose the exit code.
 */
final class InterruptSignals {

    private final AtomicInteger received = new AtomicInteger();
    private volatile int firstSignal;

    /** Installs the handlers for {@code train}: the notice says it stops at the next step and saves a checkpoint. */
    static InterruptSignals install(Runnable stop, PrintStream errors) {
        return install(stop, "stopping at the next step and saving a checkpoint", errors);
    }

    /**
     * Installs the handlers.
     *
     * @param stop     called once, on the first signal, from the signal's thread
     * @param stopping what the first signal does, for the notice: {@code deltanet: SIGINT: <stopping>
     *                 (press Ctrl-C again to quit at once)}
     * @param errors   where the notice goes
     */
    static InterruptSignals install(Runnable stop, String stopping, PrintStream errors) {
        InterruptSignals signals = new InterruptSignals();
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                if (signals.received.getAndIncrement() == 0) {
                    signals.firstSignal = signal.getNumber();
                    errors.println("deltanet: SIG" + signal.getName() + ": " + stopping
                            + " (press Ctrl-C again to quit at once)");
                    stop.run();
                } else {
                    Runtime.getRuntime().halt(128 + signal.getNumber());
                }
            });
        }
        return signals;
    }

    /** The exit code for a run stopped by the first signal: 128 + its number (130 SIGINT, 143 SIGTERM). */
    int exitCode() {
        return 128 + (firstSignal == 0 ? new Signal("INT").getNumber() : firstSignal);
    }
}
