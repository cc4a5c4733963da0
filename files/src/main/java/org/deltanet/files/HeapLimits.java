package org.deltanet.files;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether something of a size read from a file or a key fits in this JVM, asked before it is
 * allocated, with the arithmetic done in {@code long} so that no size can wrap around.
 *
 * <p>A size fits when it is at most {@link #MAX_ARRAY} values per array and its bytes are at most
 * the heap still free (the maximum heap less what is in use). The message for a size that does not
 * fit names what needs it, the bytes it needs, the heap, and the fix. Example:
 * <pre>{@code
 * HeapLimits.problem("model.layers[0] (1000000000 units x 2 inputs)", HeapLimits.doubles(2_000_000_000L, 4))
 *     .ifPresent(problem -> { throw new ConfigException(key, problem); });
 * }</pre>
 */
public final class HeapLimits {

    /** The most elements a Java array can hold (a little under {@code Integer.MAX_VALUE} on HotSpot). */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private HeapLimits() {}

    /** {@code a * b}, or {@link Long#MAX_VALUE} if the product does not fit a long (sizes are never negative). */
    public static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    /** {@code a + b}, or {@link Long#MAX_VALUE} on overflow. */
    public static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Bytes for {@code count} doubles held {@code copies} times over. */
    public static long doubles(long count, int copies) {
        return times(times(count, Double.BYTES), copies);
    }

    /** The heap not yet in use, in bytes. */
    public static long free() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /**
     * Why an array of {@code elements} values, or {@code bytes} in all, cannot be held; empty when
     * it can.
     *
     * @param what what needs the memory, e.g. {@code model.layers[0]: 50000 units x 50000 inputs}
     */
    public static Optional<String> problem(String what, long elements, long bytes) {
        if (elements > MAX_ARRAY) {
            return Optional.of(what + " needs " + elements + " values in one array, more than Java can hold ("
                    + MAX_ARRAY + "); make it smaller");
        }
        long free = free();
        if (bytes > free) {
            return Optional.of(what + " needs " + size(bytes) + " of memory, but the Java heap has " + size(free)
                    + " free of " + size(Runtime.getRuntime().maxMemory())
                    + "; make it smaller or give Java more, e.g. "
                    + "DELTANET_HEAP=" + suggestedHeap(bytes));
        }
        return Optional.empty();
    }

    /** A byte count for people: {@code 512 bytes}, {@code 3.2 MB}, {@code 16.0 GB}, {@code more than 8 EB}. */
    public static String size(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "more than 8 EB";
        }
        String[] units = {"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String suggestedHeap(long bytes) {
        long gigabytes = Math.max(1, (bytes >> 30) * 2 + 1);
        return gigabytes > 1 << 20 ? "(more than any machine has)" : gigabytes + "g";
    }
}
