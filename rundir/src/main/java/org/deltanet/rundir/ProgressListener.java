package org.deltanet.rundir;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.Metrics;
import org.deltanet.engine.train.TrainingListener;

/**
 * Shows training progress on a stream, in one of two {@linkplain Style styles}.
 *
 * <p><b>Bar</b>, for an interactive terminal: one line redrawn in place with {@code \r}, at most
 * ten times a second, and ended with a newline when the last epoch finishes or on {@link #close()}.
 * Each finished epoch leaves its line above the bar, as Keras does, with training and validation
 * loss and accuracy (the plain style's line):
 * <pre>
 * epoch  1/10  loss 0.6931  acc 0.5000  val_loss 0.6702  val_acc 0.6100  |delta| 2.1e-02 8.0e-03  0.4s
 * epoch  2/10  loss 0.5120  acc 0.7500  val_loss 0.4970  val_acc 0.7800  |delta| 1.8e-02 6.1e-03  0.4s
 * epoch  3/10 [##########..........] 12/24  loss 0.4123  acc 0.7500  ETA 0:12
 * </pre>
 * The loss is the running mean over the current epoch's batches, the accuracy the training
 * accuracy of the last finished epoch, the ETA assumes every configured epoch is run.
 *
 * <p><b>Plain</b>, for logs and pipes: one line per epoch, nothing per batch; a run of more than
 * {@value #PLAIN_LINES} epochs prints every k-th epoch so that it stays at most about that many
 * lines (plus the first and the last epoch, and the last one run when training stops early):
 * <pre>
 * epoch  3/10  loss 0.4123  acc 0.8750  val_loss 0.4410  val_acc 0.8600  |delta| 1.2e-02 3.4e-03  0.8s
 * </pre>
 * ({@code val_} fields only with a validation set; one {@code |delta|} per layer; epochs shorter
 * than 0.1 s in milliseconds.)
 *
 * <p>Per step the bar counts down to its next clock reading and does nothing else: the stride
 * between readings adapts so that the clock is read about once a millisecond, however short a
 * step. Nothing is allocated per step unless the line is redrawn.
 *
 * <p>Close it after training (try-with-resources) so that a run stopped early or by an error
 * leaves the terminal on a fresh line.
 */
public final class ProgressListener implements TrainingListener, AutoCloseable {

    /** About how many lines the plain style prints for one run. */
    static final int PLAIN_LINES = 50;

    /** How progress is shown. */
    public enum Style {
        /** A single line redrawn with {@code \r}. */
        BAR,
        /** One plain line per epoch (every k-th epoch for long runs). */
        PLAIN;

        /**
         * {@link #BAR} when the JVM is attached to an interactive terminal
         * ({@code System.console() != null}, true on JDK 17 only when neither standard input nor
         * output is redirected), {@link #PLAIN} otherwise.
         */
        public static Style detect() {
            return System.console() != null ? BAR : PLAIN;
        }
    }

    /** At most ten redraws a second. */
    static final long REDRAW_NANOS = 100_000_000L;

    private static final long CLOCK_READ_NANOS = 1_000_000L;
    private static final int MAX_STRIDE = 1024;
    private static final int BAR_WIDTH = 20;

    private final PrintStream out;
    private final Style style;
    private final LongSupplier nanoClock;
    /** Whether accuracy means something here: not for numeric targets (regression). */
    private final boolean accuracy;

    private final StringBuilder line = new StringBuilder(128);

    private int epochs;
    private int batchesPerEpoch;
    private long startNanos;
    private long batchesDone;
    private long batchesPlanned;

    private int epoch;
    private int batch;
    private double epochLossSum;
    private double lastAccuracy = Double.NaN;

    private int stride = 1;
    private int countdown = 1;
    private long lastClockRead;
    private long lastDraw;
    private int drawnLength;
    private boolean lineOpen;
    private int firstEpoch;
    private int plainEvery = 1;
    private String unprinted;

    /** Progress in the given style on {@code out}, with loss and accuracy. */
    public ProgressListener(PrintStream out, Style style) {
        this(out, style, true);
    }

    /**
     * Progress in the given style on {@code out}.
     *
     * @param accuracy false to show the loss alone, for numeric targets, where accuracy means nothing
     */
    public ProgressListener(PrintStream out, Style style, boolean accuracy) {
        this(out, style, System::nanoTime, accuracy);
    }

    ProgressListener(PrintStream out, Style style, LongSupplier nanoClock) {
        this(out, style, nanoClock, true);
    }

    private ProgressListener(PrintStream out, Style style, LongSupplier nanoClock, boolean accuracy) {
        this.out = out;
        this.style = style;
        this.nanoClock = nanoClock;
        this.accuracy = accuracy;
    }

    @Override
    public void onStart(int firstEpoch, int epochs, int batchesPerEpoch) {
        this.epochs = epochs;
        this.batchesPerEpoch = batchesPerEpoch;
        this.batchesPlanned = (long) (epochs - firstEpoch + 1) * batchesPerEpoch;
        this.batchesDone = 0;
        this.epoch = firstEpoch;
        this.batch = 0;
        this.firstEpoch = firstEpoch;
        this.plainEvery = Math.max(1, (epochs - firstEpoch + PLAIN_LINES) / PLAIN_LINES);
        if (style == Style.BAR) {
            startNanos = nanoClock.getAsLong();
            lastClockRead = startNanos;
            draw(startNanos, false);
        }
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {
        if (style != Style.BAR) {
            return;
        }
        if (batch == 1) {
            epochLossSum = 0.0;
        }
        epochLossSum += loss;
        this.epoch = epoch;
        this.batch = batch;
        batchesDone++;
        if (--countdown > 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        stride = now - lastClockRead < CLOCK_READ_NANOS ? Math.min(2 * stride, MAX_STRIDE) : Math.max(stride / 2, 1);
        countdown = stride;
        lastClockRead = now;
        if (now - lastDraw >= REDRAW_NANOS) {
            draw(now, false);
        }
    }

    @Override
    public boolean onEpochEnd(EpochReport report) {
        if (style == Style.PLAIN) {
            int run = report.epoch() - firstEpoch;
            unprinted = plainLine(report);
            if (run == 0 || (run + 1) % plainEvery == 0 || report.epoch() == report.epochs()) {
                out.println(unprinted);
                unprinted = null;
            }
            return true;
        }
        lastAccuracy = report.training().accuracy();
        long now = nanoClock.getAsLong();
        String history = plainLine(report);
        clearBar();
        out.println(history);
        if (report.epoch() == report.epochs()) {
            finish(now);
        } else {
            draw(now, false);
        }
        return true;
    }

    /** Ends a bar that is still open (training stopped early or failed) with its latest state. */
    @Override
    public void close() {
        if (unprinted != null) {
            out.println(unprinted);
            unprinted = null;
        }
        if (lineOpen) {
            finish(nanoClock.getAsLong());
        }
    }

    /** Blanks the bar's line and returns to its start, so that a history line can take its place. */
    private void clearBar() {
        if (lineOpen) {
            out.print('\r' + " ".repeat(drawnLength) + '\r');
            drawnLength = 0;
            lineOpen = false;
        }
    }

    private void finish(long now) {
        draw(now, true);
        out.println();
        lineOpen = false;
    }

    private void draw(long now, boolean finished) {
        line.setLength(0);
        line.append('\r');
        appendEpoch(epoch, epochs);
        int filled = batchesPerEpoch == 0 ? 0 : (int) ((long) batch * BAR_WIDTH / batchesPerEpoch);
        line.append(" [")
                .append("#".repeat(filled))
                .append(".".repeat(BAR_WIDTH - filled))
                .append("] ")
                .append(batch)
                .append('/')
                .append(batchesPerEpoch)
                .append("  loss ")
                .append(batch == 0 ? "-" : Formats.metric(epochLossSum / batch));
        if (accuracy) {
            line.append("  acc ").append(Double.isNaN(lastAccuracy) ? "-" : Formats.metric(lastAccuracy));
        }
        double elapsed = (now - startNanos) / 1e9;
        if (finished) {
            line.append("  took ").append(Formats.clock(elapsed));
        } else {
            line.append("  ETA ")
                    .append(
                            batchesDone == 0
                                    ? "-"
                                    : Formats.clock(elapsed / batchesDone * (batchesPlanned - batchesDone)));
        }
        int length = line.length();
        line.append(" ".repeat(Math.max(0, drawnLength - length))); // blank the rest of a longer line
        drawnLength = length;
        out.print(line);
        out.flush();
        lastDraw = now;
        lineOpen = true;
    }

    private String plainLine(EpochReport report) {
        line.setLength(0);
        appendEpoch(report.epoch(), report.epochs());
        appendMetrics("", report.training());
        if (report.validation() != null) {
            appendMetrics("val_", report.validation());
        }
        line.append("  |delta|");
        for (double delta : report.meanAbsDelta()) {
            line.append(' ').append(Formats.scientific(delta));
        }
        line.append("  ").append(Formats.span(report.seconds()));
        return line.toString();
    }

    private void appendMetrics(String prefix, Metrics metrics) {
        line.append("  ").append(prefix).append("loss ").append(Formats.metric(metrics.loss()));
        if (accuracy) {
            line.append("  ").append(prefix).append("acc ").append(Formats.metric(metrics.accuracy()));
        }
    }

    /** {@code epoch  3/10}: the epoch padded to the width of the total, so that lines align. */
    private void appendEpoch(int number, int total) {
        String width = Integer.toString(total);
        String digits = Integer.toString(number);
        line.append("epoch ")
                .append(" ".repeat(Math.max(0, width.length() - digits.length())))
                .append(digits)
                .append('/')
                .append(width);
    }
}
