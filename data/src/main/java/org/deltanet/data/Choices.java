package org.deltanet.data;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.deltanet.api.NameSuggestions;

/** Looks up one of a few named choices, with "did you mean" for a misspelt name. */
final class Choices {

    private Choices() {}

    /**
     * The choice whose label is {@code label}.
     *
     * @param what    what is being chosen, for the message, e.g. {@code scaling method}
     * @param choices the valid choices, in the order to list them
     * @param labelOf a choice's label as written in files
     * @throws IllegalArgumentException naming the closest valid label and listing all of them
     */
    static <T> T pick(String what, String label, T[] choices, Function<T, String> labelOf) {
        for (T choice : choices) {
            if (labelOf.apply(choice).equals(label)) {
                return choice;
            }
        }
        List<String> labels = Arrays.stream(choices).map(labelOf).toList();
        throw new IllegalArgumentException("unknown " + what + " '" + label + "'"
                + NameSuggestions.closest(label, labels)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse(";")
                + " valid: " + String.join(", ", labels));
    }
}
