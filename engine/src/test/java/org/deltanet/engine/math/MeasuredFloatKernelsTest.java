package org.deltanet.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The float kernels of float32 runs chosen by measurement per product shape, as the double ones:
 * every candidate timed on each shape and reported, the fastest kept; a recorded choice adopted
 * without timing and then computing the products; the candidates a run measures.
 */
class MeasuredFloatKernelsTest {

    private final MeasuredFloatKernels.Shape forward =
            new MeasuredFloatKernels.Shape(MeasuredFloatKernels.Kind.FORWARD, 16, 24, 40);
    private final MeasuredFloatKernels.Shape gradient =
            new MeasuredFloatKernels.Shape(MeasuredFloatKernels.Kind.GRADIENT, 24, 40, 16);

    @Test
    void eachShapeIsMeasuredOnceAndReportedWithEveryCandidatesSpeed() {
        List<FloatKernels> candidates = FloatKernels.available();
        MeasuredFloatKernels measured = new MeasuredFloatKernels(candidates, 0);
        measured.measure(List.of(forward, gradient, forward));

        assertEquals(
                List.of(forward, gradient),
                measured.choices().stream().map(MeasuredChoice.Choice::shape).toList());
        for (MeasuredChoice.Choice<FloatKernels> choice : measured.choices()) {
            double[] speeds = choice.gflops();
            assertEquals(candidates.size(), speeds.length);
            assertTrue(Arrays.stream(speeds).allMatch(s -> s > 0), Arrays.toString(speeds));
            int fastest = 0;
            for (int i = 1; i < speeds.length; i++) {
                fastest = speeds[i] > speeds[fastest] ? i : fastest;
            }
            assertSame(candidates.get(fastest), choice.kernel(), Arrays.toString(speeds));
        }
        String everyCandidate = candidates.stream()
                .map(k -> k.name() + " [0-9.]+")
                .collect(Collectors.joining(", ", "\\(", " GFLOP/s\\)"));
        String anyCandidate = candidates.stream().map(FloatKernels::name).collect(Collectors.joining("|", "(", ")"));
        for (String line : measured.report()) {
            assertTrue(
                    line.matches("(forward 16x24x40|gradient 24x40x16): " + anyCandidate + " " + everyCandidate), line);
        }

        float[] c = new float[16 * 24];
        measured.multiply(new float[16 * 40], new float[40 * 24], c, 16, 24, 40);
        assertEquals(3, measured.choices().size(), "a new shape is measured on its first call");
        assertEquals(
                MeasuredChoice.Kind.DELTA, measured.choices().get(2).shape().kind());
    }

    @Test
    void anAdoptedChoiceIsUsedAndNotTimed() {
        Counting first = new Counting("first");
        Counting second = new Counting("second");
        MeasuredFloatKernels kernels = new MeasuredFloatKernels(List.of(first, second), 1);
        MeasuredFloatKernels.Shape small = new MeasuredFloatKernels.Shape(MeasuredChoice.Kind.FORWARD, 2, 3, 2);

        assertTrue(kernels.adopt(small, "second"));
        kernels.measure(List.of(small));
        assertEquals(0, first.calls + second.calls, "an adopted shape is not timed");
        assertEquals(List.of("forward 2x3x2: second (adopted, not timed)"), kernels.report());
        assertNull(kernels.choices().get(0).gflops());

        float[] c = new float[6];
        kernels.multiplyTransposedB(new float[] {1, 2, 3, 4}, new float[] {1, 0, 0, 1, 1, 1}, c, 2, 3, 2);
        assertArrayEquals(new float[] {1, 2, 3, 3, 4, 7}, c);
        assertEquals(List.of(0, 1), List.of(first.calls, second.calls), "the product ran on the adopted kernel");
        assertFalse(kernels.adopt(small, "openblas-sgemm-on-another-machine"));
    }

    @Test
    void aRunMeasuresTheVectorKernelsAndSgemmOnItsThreadsAndThePlainOnesOnlyWithoutThem() {
        List<String> names =
                Kernels.floatCandidates(2).stream().map(FloatKernels::name).toList();
        assertEquals(
                Kernels.vectorUsable(),
                names.stream().anyMatch(n -> n.startsWith("vector-api-float")),
                names.toString());
        assertEquals(
                List.of("plain-java-float").equals(names),
                !Kernels.vectorUsable() && !NativeBlasKernels.loaded(),
                names.toString());
        assumeTrue(
                System.getProperty("os.name").startsWith("Linux")
                        && System.getProperty("os.arch").equals("amd64"),
                "OpenBLAS is bundled for linux-x86_64 only");
        assertTrue(names.contains("openblas-sgemm x2 threads"), names.toString());
        assertEquals(
                List.of("openblas-sgemm"),
                Kernels.floatCandidates(1).stream()
                        .map(FloatKernels::name)
                        .filter(name -> name.startsWith("openblas"))
                        .toList());
    }

    /** The plain float products, counting its calls. */
    private static final class Counting implements FloatKernels {
        private final FloatKernels plain = new PlainFloatKernels();
        private final String name;
        int calls;

        Counting(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
            calls++;
            plain.multiplyTransposedB(a, b, c, m, n, k);
        }

        @Override
        public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
            calls++;
            plain.multiply(a, b, c, m, n, k);
        }

        @Override
        public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
            calls++;
            plain.multiplyTransposedA(a, b, c, m, n, k, scale);
        }
    }
}
