package org.deltanet.engine.math;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Native memory into which the OpenBLAS kernels copy a product's operands: three buffers per
 * thread (A, B and C), each grown to the largest operand seen and then reused, so that a product
 * allocates nothing once warm. Copying the operands in and the output out with one bulk copy each
 * costs less than JavaCPP's handling of Java arrays, which copies every array in and back out (the
 * operands too) through freshly allocated memory on each call: measured here 5-15% faster on
 * MNIST-sized products and 1.3x at batch 1 ({@link NativeBlasKernels}).
 *
 * <p>Per thread, because one kernel instance is shared by the runs of a sweep; a buffer is only
 * used between copying in and copying out within one product on its own thread.
 */
final class NativeOperands {

    private static final ThreadLocal<NativeOperands> PER_THREAD = ThreadLocal.withInitial(NativeOperands::new);

    final Buffer a = new Buffer();
    final Buffer b = new Buffer();
    final Buffer c = new Buffer();

    private NativeOperands() {}

    /** The calling thread's buffers. */
    static NativeOperands current() {
        return PER_THREAD.get();
    }

    /** One operand's native memory, viewed as doubles or as floats. */
    static final class Buffer {
        private BytePointer memory;
        private DoublePointer doubles;
        private FloatPointer floats;
        private long capacityBytes;

        /** The first {@code length} values of {@code values}, copied into this buffer. */
        DoublePointer holding(double[] values, int length) {
            return room(length, Double.BYTES).doubles.put(values, 0, length);
        }

        /** The first {@code length} values of {@code values}, copied into this buffer. */
        FloatPointer holding(float[] values, int length) {
            return room(length, Float.BYTES).floats.put(values, 0, length);
        }

        /** This buffer with room for {@code length} doubles, for an output. */
        DoublePointer doubles(int length) {
            return room(length, Double.BYTES).doubles;
        }

        /** This buffer with room for {@code length} floats, for an output. */
        FloatPointer floats(int length) {
            return room(length, Float.BYTES).floats;
        }

        private Buffer room(int length, int bytesPerValue) {
            long bytes = (long) length * bytesPerValue;
            if (bytes > capacityBytes) {
                if (memory != null) {
                    memory.close();
                }
                memory = new BytePointer(bytes);
                doubles = new DoublePointer(memory);
                floats = new FloatPointer(memory);
                capacityBytes = bytes;
            }
            return this;
        }
    }
}
