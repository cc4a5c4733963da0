package org.deltanet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NameSuggestionsTest {

    @Test
    void typosGetTheIntendedNameAndUnrelatedWordsNothing() {
        List<String> names = List.of("sigmoid", "softmax", "tanh", "relu", "leaky-relu");
        assertEquals(Optional.of("sigmoid"), NameSuggestions.closest("sigmod", names));
        assertEquals(Optional.of("leaky-relu"), NameSuggestions.closest("leaky-reul", names));
        assertEquals(Optional.empty(), NameSuggestions.closest("convolution", names));
        assertEquals(Optional.of("units"), NameSuggestions.closest("unit", List.of("init", "units")));
    }

    /** Seeded generated words: the distance is a metric, and an edit of one letter costs one. */
    @Test
    void distanceIsAMetricOnGeneratedWords() {
        SplittableRandom random = new SplittableRandom(20261129);
        for (int i = 0; i < 500; i++) {
            String a = word(random);
            String b = word(random);
            String c = word(random);
            assertEquals(0, NameSuggestions.distance(a, a));
            assertEquals(NameSuggestions.distance(a, b), NameSuggestions.distance(b, a), a + " / " + b);
            assertTrue(
                    NameSuggestions.distance(a, c) <= NameSuggestions.distance(a, b) + NameSuggestions.distance(b, c));
            assertEquals(1, NameSuggestions.distance(a, a + "x"));
            assertTrue(NameSuggestions.distance(a, b) >= Math.abs(a.length() - b.length()));
            assertTrue(NameSuggestions.distance(a, b) <= Math.max(a.length(), b.length()));
        }
    }

    private static String word(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(0, 9);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }
}
