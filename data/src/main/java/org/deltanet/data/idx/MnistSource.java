package org.deltanet.data.idx;

import java.nio.file.Path;
import java.util.List;
import org.deltanet.data.DataException;
import org.deltanet.data.LabeledData;

/**
 * MNIST digits from a pair of IDX files (images and labels), gzipped or raw: pixels as
 * intensities in [0, 1], labels one-hot over the ten digits. The images stay one byte per pixel
 * in memory and are converted batch by batch.
 *
 * <p>Example:
 * <pre>{@code
 * LabeledData digits = MnistSource.read(Path.of("data/train-images-idx3-ubyte.gz"),
 *         Path.of("data/train-labels-idx1-ubyte.gz"));
 * }</pre>
 */
public final class MnistSource {

    /** The class names, "0" to "9", in target order. */
    public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private MnistSource() {}

    /**
     * Reads an image file and its label file.
     *
     * @throws DataException if a file is missing, not an IDX file of its kind, truncated, the
     *         counts differ, or a label is not a digit
     */
    public static LabeledData read(Path imageFile, Path labelFile) {
        IdxFile.Images images = IdxFile.readImages(imageFile);
        byte[] labels = IdxFile.readLabels(labelFile);
        if (labels.length != images.count()) {
            throw new DataException(
                    labelFile,
                    "has " + labels.length + " labels but " + imageFile + " has " + images.count()
                            + " images; the two files must describe the same examples");
        }
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= DIGITS.size()) {
                throw new DataException(
                        labelFile, "label " + label + " of example " + (i + 1) + " is not a digit from 0 to 9");
            }
        }
        var data = new ByteImageDataset(images.pixels(), labels, images.rows() * images.columns(), DIGITS.size());
        return new LabeledData(data, DIGITS);
    }
}
