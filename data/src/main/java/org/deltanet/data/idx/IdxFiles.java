package org.deltanet.data.idx;

import java.util.List;
import java.util.function.UnaryOperator;
import org.deltanet.data.DataLocations;
import org.deltanet.data.DataSource;
import org.deltanet.data.Keys;
import org.deltanet.data.LabeledData;

/**
 * The section {@code { type: idx, images: ..., labels: ... }}: MNIST-format IDX files, gzipped or
 * raw, read by {@link MnistSource}; pixels scaled to [0, 1], labels one-hot over the ten digits
 * (so the training classes a test source is read against are always the digits).
 *
 * @param images the images file (magic 2051): a path or a URI ({@link DataLocations})
 * @param labels the labels file (magic 2049): a path or a URI
 */
public record IdxFiles(String images, String labels) implements DataSource {

    public IdxFiles {
        Keys.present(images, "images", "e.g. images: train-images-idx3-ubyte.gz");
        Keys.present(labels, "labels", "e.g. labels: train-labels-idx1-ubyte.gz");
    }

    @Override
    public LabeledData read() {
        return DataLocations.read(List.of(images, labels), paths -> MnistSource.read(paths.get(0), paths.get(1)));
    }

    @Override
    public LabeledData read(List<String> classes) {
        return read();
    }

    @Override
    public List<String> files() {
        return List.of(images, labels);
    }

    @Override
    public DataSource withFiles(UnaryOperator<String> relocate) {
        return new IdxFiles(relocate.apply(images), relocate.apply(labels));
    }
}
