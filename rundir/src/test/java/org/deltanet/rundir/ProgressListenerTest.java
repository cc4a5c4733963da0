package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.Metrics;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static long count(char wanted, String text) {
        return text.chars().filter(c -> c == wanted).count();
    }

    /** A clock that moves on by {@code step} nanoseconds every time it is read. */
    private static LongSupplier ticking(long step) {
        long[] now = {0};
        return () -> now[0] += step;
    }

    @Test
    void plainStylePrintsOneLinePerEpochWithTheFields() {
        new TinyTraining().train(3, true, new ProgressListener(out, ProgressListener.Style.PLAIN));

        List<String> lines = output().lines().toList();
        assertEquals(3, lines.size(), output());
        assertFalse(output().contains("\r"));
        for (int e = 1; e <= 3; e++) {
            String expected = "epoch " + e + "/3  loss \\d\\.\\d{4}  acc \\d\\.\\d{4}  val_loss \\d\\.\\d{4}"
                    + "  val_acc \\d\\.\\d{4}  \\|delta\\| \\d\\.\\de-\\d\\d \\d\\.\\de-\\d\\d  \\d+\\.\\dm?s";
            assertTrue(lines.get(e - 1).matches(expected), lines.get(e - 1));
        }
    }

    /** Numeric targets: the loss alone, no accuracy, for training and validation. */
    @Test
    void withoutAccuracyALineShowsTheLossAlone() {
        new TinyTraining().train(2, true, new ProgressListener(out, ProgressListener.Style.PLAIN, false));

        List<String> lines = output().lines().toList();
        assertEquals(2, lines.size(), output());
        for (String line : lines) {
            assertTrue(line.matches("epoch \\d/2  loss \\d\\.\\d{4}  val_loss \\d\\.\\d{4}  \\|delta\\| .*"), line);
        }
    }

    @Test
    void plainStyleLeavesOutValidationWithoutAValidationSetAndAlignsEpochs() {
        ProgressListener progress = new ProgressListener(out, ProgressListener.Style.PLAIN);
        progress.onEpochEnd(TinyTraining.report(7, 120, new Metrics(0.41234, 0.875), null, 0.012, 0.00034));

        progress.onEpochEnd(new EpochReport(
                8,
                120,
                16,
                new Metrics(0.4, 0.875),
                null,
                new double[] {0.012, 0.00034},
                0.5,
                Double.NaN,
                0.0123,
                null,
                new OptimizerState()));

        assertEquals(
                """
                epoch   7/120  loss 0.4123  acc 0.8750  |delta| 1.2e-02 3.4e-04  0.3s
                epoch   8/120  loss 0.4000  acc 0.8750  |delta| 1.2e-02 3.4e-04  12.3ms
                """,
                output().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void plainStyleThinsLongRunsToAboutFiftyLinesKeepingTheFirstAndLast() {
        ProgressListener progress = new ProgressListener(out, ProgressListener.Style.PLAIN);
        progress.onStart(1, 120, 4);
        for (int e = 1; e <= 120; e++) {
            progress.onEpochEnd(TinyTraining.report(e, 120, new Metrics(0.5, 0.5), null, 0.1));
        }
        progress.close();

        List<String> lines = output().lines().toList();
        assertEquals(41, lines.size(), output());
        assertTrue(lines.get(0).startsWith("epoch   1/120"), lines.get(0));
        assertTrue(lines.get(1).startsWith("epoch   3/120"), lines.get(1));
        assertTrue(lines.get(40).startsWith("epoch 120/120"), lines.get(40));
    }

    @Test
    void plainStylePrintsTheLastEpochOfARunThatStopsEarly() {
        ProgressListener progress = new ProgressListener(out, ProgressListener.Style.PLAIN);
        progress.onStart(1, 120, 4);
        for (int e = 1; e <= 7; e++) {
            progress.onEpochEnd(TinyTraining.report(e, 120, new Metrics(0.5, 0.5), null, 0.1));
        }
        progress.close();

        List<String> lines = output().lines().toList();
        assertEquals(
                List.of("epoch   1/120", "epoch   3/120", "epoch   6/120", "epoch   7/120"),
                lines.stream().map(l -> l.substring(0, 13)).toList());
    }

    @Test
    void barStyleKeepsOneLinePerFinishedEpochAboveTheRedrawnBar() {
        new TinyTraining()
                .train(
                        3,
                        true,
                        new ProgressListener(out, ProgressListener.Style.BAR, ticking(ProgressListener.REDRAW_NANOS)));

        String text = output();
        assertTrue(text.startsWith("\repoch 1/3 ["), text);
        assertTrue(text.endsWith(System.lineSeparator()), text);
        List<String> shown = Arrays.stream(text.split("\n"))
                .map(l -> l.substring(l.lastIndexOf('\r') + 1).strip())
                .toList();
        assertEquals(4, shown.size(), "three epochs kept, then the finished bar: " + shown);
        for (int e = 1; e <= 3; e++) {
            assertTrue(
                    shown.get(e - 1)
                            .matches("epoch " + e + "/3  loss \\d\\.\\d{4}  acc \\d\\.\\d{4}  "
                                    + "val_loss \\d\\.\\d{4}  val_acc \\d\\.\\d{4}  \\|delta\\|.*"),
                    shown.get(e - 1));
        }
        assertTrue(
                shown.get(3)
                        .matches("epoch 3/3 \\[#{20}\\] 2/2  loss \\d\\.\\d{4}  acc \\d\\.\\d{4}  took \\d+:\\d\\d"),
                shown.get(3));
    }

    @Test
    void barStyleShowsAnEtaWhileRunning() {
        ProgressListener progress =
                new ProgressListener(out, ProgressListener.Style.BAR, ticking(ProgressListener.REDRAW_NANOS));
        progress.onStart(1, 10, 4);
        progress.onBatchEnd(1, 1, 4, 0.5);
        progress.onBatchEnd(1, 2, 4, 0.3);

        String last = output().substring(output().lastIndexOf('\r') + 1);
        assertTrue(last.replace("acc -", "acc 0.8750").length() < 80, "fits an 80-column terminal: " + last);
        // 2 batches took 0.2 s of clock, 38 remain: 3.8 s
        assertEquals("epoch  1/10 [##########..........] 2/4  loss 0.4000  acc -  ETA 0:04", last);
    }

    @Test
    void barStyleRedrawsAtMostTenTimesASecond() {
        ProgressListener progress = new ProgressListener(out, ProgressListener.Style.BAR, ticking(1_000_000L));
        progress.onStart(1, 2, 1000);
        for (int e = 1; e <= 2; e++) {
            for (int b = 1; b <= 1000; b++) {
                progress.onBatchEnd(e, b, 1000, 0.5);
            }
        }
        // 2000 clock readings 1 ms apart: the first draw and one redraw per 100 ms at most
        long draws = count('\r', output());
        assertTrue(draws >= 15 && draws <= 21, "draws: " + draws);
    }

    @Test
    void barStyleWithAStoppedClockDrawsOnlyAtStartAndEnd() {
        ProgressListener progress = new ProgressListener(out, ProgressListener.Style.BAR, () -> 42L);
        progress.onStart(1, 5, 100_000);
        for (int b = 1; b <= 100_000; b++) {
            progress.onBatchEnd(1, b, 100_000, 0.5);
        }
        progress.onEpochEnd(TinyTraining.report(1, 5, new Metrics(0.5, 0.5), null, 0.1));
        progress.close();
        progress.close();

        // the first draw, the epoch's history line (blanking the bar), the bar again, the final draw
        assertEquals(5, count('\r', output()));
        assertTrue(output().endsWith(System.lineSeparator()), "close ends a bar stopped before the last epoch");
        assertEquals(2, count('\n', output()), "the epoch's line and the bar's; a second close adds nothing");
    }

    @Test
    void aBatchAllocatesNothingUnlessTheLineIsRedrawn() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (ProgressListener.Style style : ProgressListener.Style.values()) {
            ProgressListener progress = new ProgressListener(out, style, () -> 42L);
            progress.onStart(1, 1, Integer.MAX_VALUE);
            progress.onBatchEnd(1, 1, Integer.MAX_VALUE, 0.5);
            long before = threads.getThreadAllocatedBytes(thread);
            for (int b = 2; b <= 200_000; b++) {
                progress.onBatchEnd(1, b, Integer.MAX_VALUE, 0.5);
            }
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertTrue(allocated < 10_000, style + " allocated " + allocated + " bytes in 200000 batches");
        }
    }
}
