package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deltanet.files.HeapLimits;
import org.junit.jupiter.api.Test;

/** Running out of heap is one line with the heap there was and a larger one to try. */
class ErrorReporterTest {

    private static final long GIB = 1L << 30;

    @Test
    void outOfMemorySuggestsAboutTwiceTheHeap() {
        StringWriter err = new StringWriter();
        int code = ErrorReporter.report(new OutOfMemoryError("Java heap space"), new PrintWriter(err), false);

        assertEquals(ExitCode.CONFIG.code(), code);
        long heap = Runtime.getRuntime().maxMemory();
        Matcher suggested = Pattern.compile(
                        "deltanet: out of memory: the Java heap holds at most \\Q" + HeapLimits.size(heap)
                                + "\\E; give Java more, e\\.g\\. DELTANET_HEAP=(\\d+)g, or use a smaller model or data"
                                + " set\\n")
                .matcher(err.toString());
        assertTrue(suggested.matches(), err.toString());
        assertSuggestsTwice(heap, Long.parseLong(suggested.group(1)));
    }

    /** From a few megabytes to terabytes: at least twice the heap, less than a gigabyte more than that. */
    @Test
    void theSuggestionIsTwiceTheHeapRoundedUpToGigabytes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(8);
        for (int i = 0; i < 1000; i++) {
            long heap = 1L << (20 + random.nextInt(22));
            heap += random.nextLong(heap);
            String value = ErrorReporter.twice(heap);
            assertTrue(value.matches("\\d+g"), value);
            assertSuggestsTwice(heap, Long.parseLong(value.substring(0, value.length() - 1)));
        }
        assertEquals("1g", ErrorReporter.twice(58L << 20));
        assertEquals("4g", ErrorReporter.twice(2 * GIB));
    }

    private static void assertSuggestsTwice(long heap, long gigabytes) {
        assertTrue(gigabytes >= 1, gigabytes + "g");
        assertTrue(gigabytes * GIB >= 2 * heap, gigabytes + "g for a heap of " + heap);
        assertTrue(gigabytes == 1 || gigabytes * GIB < 2 * heap + GIB, gigabytes + "g for a heap of " + heap);
    }
}
