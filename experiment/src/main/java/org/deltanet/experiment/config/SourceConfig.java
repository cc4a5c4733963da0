package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.deltanet.data.LabelEncoding;

/**
 * A source of examples, chosen by {@code type}: {@code csv}, {@code idx} (MNIST format) or the
 * built-in {@code xor}. Relative paths are resolved against the experiment file's folder.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SourceConfig.Csv.class, name = "csv"),
    @JsonSubTypes.Type(value = SourceConfig.Idx.class, name = "idx"),
    @JsonSubTypes.Type(value = SourceConfig.Xor.class, name = "xor")
})
public sealed interface SourceConfig {

    /**
     * A CSV file with a header row.
     *
     * @param file     path of the file
     * @param label    the label column's header
     * @param features feature columns' headers; default every column but the label
     * @param labels   {@code one-hot} (class labels, default) or {@code numeric} (a regression target)
     */
    record Csv(String file, String label, java.util.List<String> features, LabelEncoding labels)
            implements SourceConfig {
        public Csv {
            Checks.present(file, "file", "the CSV file's path, e.g. file: data/iris.csv");
            Checks.present(label, "label", "the label column's header, e.g. label: species");
            features = features == null ? java.util.List.of() : java.util.List.copyOf(features);
            labels = labels == null ? LabelEncoding.ONE_HOT : labels;
        }
    }

    /**
     * MNIST-format IDX files, gzipped or raw; pixels scaled to [0, 1], labels one-hot over 10 classes.
     *
     * @param images the images file (magic 2051)
     * @param labels the labels file (magic 2049)
     */
    record Idx(String images, String labels) implements SourceConfig {
        public Idx {
            Checks.present(images, "images", "e.g. images: train-images-idx3-ubyte.gz");
            Checks.present(labels, "labels", "e.g. labels: train-labels-idx1-ubyte.gz");
        }
    }

    /** The four examples of exclusive or: 2 inputs, 1 target. */
    record Xor() implements SourceConfig {
    }
}
