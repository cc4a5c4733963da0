package org.deltanet.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A resumed run adopts the kernels its first session chose, instead of timing them again. */
class MeasuredKernelsAdoptTest {

    private final PlainKernels plain = new PlainKernels();
    private final TiledKernels tiled = new TiledKernels();
    private final MeasuredKernels kernels = new MeasuredKernels(List.of(plain, tiled), 1);
    private final MeasuredKernels.Shape shape = new MeasuredKernels.Shape(MeasuredKernels.Kind.FORWARD, 4, 3, 2);

    @Test
    void anAdoptedChoiceIsUsedAndNotTimed() {
        assertTrue(kernels.adopt(shape, tiled.name()));
        kernels.measure(List.of(shape));

        assertEquals(1, kernels.choices().size(), "measure leaves an adopted shape alone");
        assertSame(tiled, kernels.choices().get(0).kernel());
        assertNull(kernels.choices().get(0).gflops());
        assertEquals(List.of(shape + ": " + tiled.name() + " (adopted, not timed)"), kernels.report());
    }

    @Test
    void adoptingReplacesAnEarlierChoice() {
        kernels.measure(List.of(shape));
        assertTrue(kernels.adopt(shape, plain.name()));
        assertTrue(kernels.adopt(shape, tiled.name()));

        assertEquals(1, kernels.choices().size());
        assertSame(tiled, kernels.choices().get(0).kernel());
    }

    /**
     * Once timing stops, a new shape takes the kernel of the nearest chosen shape of its kind, not
     * timed; a kind with no choice is still timed.
     */
    @Test
    void afterTimingStopsANewShapeTakesTheNearestChoiceOfItsKind() {
        var wide = new MeasuredKernels.Shape(MeasuredKernels.Kind.FORWARD, 32, 8, 4);
        var narrow = new MeasuredKernels.Shape(MeasuredKernels.Kind.FORWARD, 32, 3, 8);
        assertTrue(kernels.adopt(wide, tiled.name()));
        assertTrue(kernels.adopt(narrow, plain.name()));
        kernels.stopTiming();

        kernels.multiplyTransposedB(new double[13 * 4], new double[8 * 4], new double[13 * 8], 13, 8, 4);
        kernels.multiplyTransposedB(new double[20 * 8], new double[3 * 8], new double[20 * 3], 20, 3, 8);
        kernels.multiply(new double[5 * 3], new double[3 * 8], new double[5 * 8], 5, 8, 3);

        List<String> report = kernels.report();
        assertEquals(
                List.of(
                        wide + ": " + tiled.name() + " (adopted, not timed)",
                        narrow + ": " + plain.name() + " (adopted, not timed)",
                        "forward 13x8x4: " + tiled.name() + " (adopted, not timed)",
                        "forward 20x3x8: " + plain.name() + " (adopted, not timed)"),
                report.subList(0, 4));
        assertTrue(report.get(4).startsWith("delta 5x8x3: ") && report.get(4).endsWith(" GFLOP/s)"), report.get(4));
    }

    /** A report's lines read back as the shapes and kernels they name; other lines are not choices. */
    @Test
    void reportLinesReadBackAsTheirShapeAndKernel() {
        kernels.measure(List.of(shape));
        assertTrue(kernels.adopt(new MeasuredKernels.Shape(MeasuredKernels.Kind.GRADIENT, 3, 8, 16), plain.name()));
        for (int i = 0; i < 2; i++) {
            MeasuredChoice.Choice<MatrixKernels> choice = kernels.choices().get(i);
            assertEquals(
                    new MeasuredChoice.Recorded(choice.shape(), choice.kernel().name()),
                    MeasuredChoice.Recorded.parse(kernels.report().get(i)).orElseThrow());
        }
        assertEquals(
                new MeasuredChoice.Recorded(shape, "openblas x2 threads"),
                MeasuredChoice.Recorded.parse("forward 4x3x2: openblas x2 threads (openblas x2 threads 41.3 GFLOP/s)")
                        .orElseThrow());
        assertTrue(MeasuredChoice.Recorded.parse("openblas runs on one thread in this run")
                .isEmpty());
    }

    /**
     * {@link Kernels#recorded} takes a record's kernels by name without their thread count, skips
     * one this JVM lacks, and never times a shape of a recorded kind.
     */
    @Test
    void recordedKernelsFollowTheRecordOnOneThread() {
        String java = Kernels.best(1).candidates().get(0).name();
        MeasuredKernels recorded = Kernels.recorded(List.of(
                "forward 32x8x4: " + java + " x2 threads (" + java + " x2 threads 9.0 GFLOP/s)",
                "forward 32x3x8: openblas-on-another-machine",
                "openblas x2 threads runs on one thread in this run: ..."));

        recorded.multiplyTransposedB(new double[16 * 8], new double[3 * 8], new double[16 * 3], 16, 3, 8);

        assertEquals(
                List.of(
                        "forward 32x8x4: " + java + " (adopted, not timed)",
                        "forward 16x3x8: " + java + " (adopted, not timed)"),
                recorded.report());
    }

    @Test
    void aKernelThatIsNotACandidateIsNotAdopted() {
        assertFalse(kernels.adopt(shape, "openblas-on-another-machine"));
        assertEquals(List.of(), kernels.choices());
    }
}
