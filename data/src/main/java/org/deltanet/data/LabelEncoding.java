package org.deltanet.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a label column becomes targets. */
public enum LabelEncoding {
    /**
     * Class labels (text or numbers), one target column per class, 1 for the example's class and 0
     * elsewhere.
     */
    @JsonProperty("one-hot")
    ONE_HOT("one-hot"),
    /** The label's numeric value as the single target: regression. */
    @JsonProperty("numeric")
    NUMERIC("numeric");

    private final String label;

    LabelEncoding(String label) {
        this.label = label;
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
