package org.deltanet.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How label columns become targets. A CSV section names one label column ({@code label: species})
 * or several ({@code label: [a, b, c]}); the encoding says what they hold:
 * <ul>
 *   <li>{@code one-hot} (one column): class names, one target column per class;</li>
 *   <li>{@code numeric} (one or more): numbers, one target each: regression, multi-output
 *       regression with several;</li>
 *   <li>{@code multi-label} (one or more): each column 0 or 1, a label of its own (for
 *       {@code binary-cross-entropy} with sigmoid outputs);</li>
 *   <li>{@code probabilities} (two or more): soft targets, each row non-negative and summing to 1,
 *       the columns being the classes (for {@code cross-entropy} with softmax outputs).</li>
 * </ul>
 */
public enum LabelEncoding {
    /**
     * Class labels (text or numbers), one target column per class, 1 for the example's class and 0
     * elsewhere.
     */
    @JsonProperty("one-hot")
    ONE_HOT("one-hot"),
    /** The label's numeric value as the single target: regression. */
    @JsonProperty("numeric")
    NUMERIC("numeric"),
    /** Each label column 0 or 1, a target of its own: multi-label classification. */
    @JsonProperty("multi-label")
    MULTI_LABEL("multi-label"),
    /**
     * The label columns are the classes and each row holds probabilities over them (non-negative,
     * summing to 1): soft targets.
     */
    @JsonProperty("probabilities")
    PROBABILITIES("probabilities");

    private final String label;

    LabelEncoding(String label) {
        this.label = label;
    }

    /** Whether the targets are classes with names (one-hot, or probabilities over the label columns). */
    public boolean hasClasses() {
        return this == ONE_HOT || this == PROBABILITIES;
    }

    /** The name used in experiment files, e.g. {@code one-hot}. */
    public String label() {
        return label;
    }

    /**
     * The encoding named {@code label} in a file.
     *
     * @throws IllegalArgumentException naming the valid encodings and the closest one
     */
    public static LabelEncoding fromLabel(String label) {
        return Choices.pick("label encoding", label, values(), LabelEncoding::label);
    }
}
