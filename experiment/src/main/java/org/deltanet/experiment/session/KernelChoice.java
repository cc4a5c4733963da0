package org.deltanet.experiment.session;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.MeasuredKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Backpropagation;

/** Chooses and announces the matrix kernels of a run before its first epoch. */
final class KernelChoice {

    private KernelChoice() {}

    /**
     * Prints the float kernels of a {@code precision: float32} run (taken by availability: sgemm,
     * then the Vector API's, then plain Java; not measured per shape).
     *
     * @return the kernels as the summary names them
     */
    static String announceFloat(PrintStream console, String name) {
        console.println("deltanet: precision float32, matrix kernels " + name);
        return "float32: " + name;
    }

    /**
     * Times the kernels on the products of this run's batches (which also warms the JIT on them)
     * when they are {@link MeasuredKernels}, and prints the choice.
     *
     * @return the kernels as the summary names them
     */
    static String announce(PrintStream console, MatrixKernels kernels, Network network, int batch, int examples) {
        if (!(kernels instanceof MeasuredKernels measured)) {
            console.println("deltanet: matrix kernels " + kernels.name());
            return kernels.name();
        }
        List<MeasuredKernels.Shape> shapes = new ArrayList<>(Backpropagation.products(network, batch));
        if (examples % batch != 0) {
            shapes.addAll(Backpropagation.products(network, examples % batch));
        }
        long start = System.nanoTime();
        measured.measure(shapes);
        String took = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
        List<String> lines = measured.report().stream()
                .filter(line -> shapes.stream().anyMatch(shape -> line.startsWith(shape + ":")))
                .toList();
        console.println("deltanet: matrix kernels " + measured.name()
                + (measured.candidates().size() > 1
                        ? ", fastest measured on each product of this run (timed in " + took + "):"
                        : " (warmed up in " + took + ")"));
        if (measured.candidates().size() > 1) {
            lines.forEach(line -> console.println("  " + line));
        }
        return measured.candidates().size() > 1 ? measured.name() + "; " + String.join("; ", lines) : measured.name();
    }
}
