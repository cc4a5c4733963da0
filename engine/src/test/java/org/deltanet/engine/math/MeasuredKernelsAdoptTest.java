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

    @Test
    void aKernelThatIsNotACandidateIsNotAdopted() {
        assertFalse(kernels.adopt(shape, "openblas-on-another-machine"));
        assertEquals(List.of(), kernels.choices());
    }
}
