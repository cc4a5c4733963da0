package org.deltanet.experiment.session;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.math.MeasuredChoice;
import org.deltanet.engine.math.NamedKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Backpropagation;
import org.deltanet.experiment.config.Precision;
import org.deltanet.files.AtomicFiles;

/**
 * Chooses and announces the matrix kernels of a run before its first epoch (the double kernels, or
 * the float kernels of a {@code precision: float32} run), and records the choice in
 * {@code checkpoints/kernels.txt}, one line per product
 * ({@code forward 32x256x784: openblas (...)}), so that a resumed run computes with the same
 * kernels: two kernels may round a product differently in the last bit, and a resumed run is to
 * end with the very weights an uninterrupted one would have.
 */
final class KernelChoice {

    private KernelChoice() {}

    /** The record of a run's kernel choices: {@code checkpoints/kernels.txt}. */
    static Path recordIn(Path checkpoints) {
        return checkpoints.resolve("kernels.txt");
    }

    /**
     * Times the kernels on the products of this run's batches (which also warms the JIT on them)
     * when they are {@linkplain MeasuredChoice measured} (the double kernels, or the float kernels
     * of a {@code precision: float32} run), and prints the choice. A resumed run adopts the
     * choices its record holds instead of timing them again; a new run writes the record.
     *
     * @param kernels   the kernels the run's products are computed with
     * @param precision the precision they compute in: named in the announcement and the summary
     *                  when it is not the default
     * @param record    {@code checkpoints/kernels.txt} of the run
     * @return the kernels as the summary names them
     */
    static String announce(
            PrintStream console,
            NamedKernels kernels,
            Precision precision,
            Network network,
            int batch,
            int examples,
            Path record) {
        String said = precision == Precision.FLOAT64 ? "deltanet: " : "deltanet: precision " + precision + ", ";
        String summarized = precision == Precision.FLOAT64 ? "" : precision + ": ";
        if (!(kernels instanceof MeasuredChoice<?> measured)) {
            console.println(said + "matrix kernels " + kernels.name());
            return summarized + kernels.name();
        }
        List<MeasuredChoice.Shape> shapes = new ArrayList<>(Backpropagation.products(network, batch));
        if (examples % batch != 0) {
            shapes.addAll(Backpropagation.products(network, examples % batch));
        }
        boolean recorded = Files.isRegularFile(record);
        if (recorded) {
            adopt(console, measured, record);
        }
        long start = System.nanoTime();
        measured.measure(shapes);
        String took = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
        List<String> lines = measured.report().stream()
                .filter(line -> shapes.stream().anyMatch(shape -> line.startsWith(shape + ":")))
                .toList();
        if (!recorded) {
            write(record, lines);
        }
        console.println(said + "matrix kernels " + measured.name()
                + (measured.candidates().size() > 1
                        ? recorded
                                ? ", as the run chose them at its start:"
                                : ", fastest measured on each product of this run (timed in " + took + "):"
                        : " (warmed up in " + took + ")"));
        if (measured.candidates().size() > 1) {
            lines.forEach(line -> console.println("  " + line));
        }
        List<String> planned = measured.candidates().stream()
                .map(NamedKernels::planned)
                .flatMap(Optional::stream)
                .toList();
        planned.forEach(note -> console.println("  " + note));
        Optional<String> core = Kernels.forcedOpenBlasCore();
        core.ifPresent(name -> console.println("  " + forcedCoreNote(name)));
        Optional<String> copies = Kernels.openBlasThroughCopies();
        copies.ifPresent(why -> console.println("  " + throughCopiesNote(why)));
        return summarized
                + (measured.candidates().size() > 1
                        ? measured.name() + "; " + String.join("; ", lines)
                        : measured.name())
                + planned.stream().map(note -> "; " + note).collect(Collectors.joining())
                + core.map(name -> "; OPENBLAS_CORETYPE=" + name).orElse("")
                + copies.map(why -> "; OpenBLAS through copies").orElse("");
    }

    /** What a run says when OpenBLAS cannot work on the arrays in place. */
    static String throughCopiesNote(String why) {
        return "OpenBLAS works on copies of the operands, a little slower: " + why;
    }

    /** What a run says when the environment forces OpenBLAS's kernels. */
    static String forcedCoreNote(String core) {
        return "OpenBLAS runs the '" + core + "' kernels that OPENBLAS_CORETYPE names;"
                + " unset it to let OpenBLAS choose for this processor";
    }

    /** Takes the recorded choice of each product; says so when a recorded kernel is not available here. */
    private static void adopt(PrintStream console, MeasuredChoice<?> measured, Path record) {
        List<String> lines;
        try {
            lines = Files.readAllLines(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + record, e);
        }
        for (String line : lines) {
            MeasuredChoice.Recorded.parse(line).ifPresent(recorded -> {
                if (!measured.adopt(recorded.shape(), recorded.kernel())) {
                    console.println("deltanet: warning: the run computed " + recorded.shape() + " with "
                            + recorded.kernel() + ", which this machine lacks; the resumed run may differ from an"
                            + " uninterrupted one in the last bits");
                }
            });
        }
    }

    private static void write(Path record, List<String> lines) {
        try {
            Files.createDirectories(record.getParent());
            AtomicFiles.write(record, lines.stream().map(line -> line + "\n").reduce("", String::concat));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + record, e);
        }
    }
}
