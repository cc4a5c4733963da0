package org.deltanet.data.idx;

import java.util.Arrays;
import org.deltanet.engine.data.Dataset;

/**
 * Greyscale images kept as one byte per pixel with a class label per image: a quarter of the
 * memory of ints and an eighth of doubles (60,000 MNIST digits take 47 MB). {@link #gather}
 * converts pixels to intensities {@code x / 255} in [0, 1] ({@link Intensities}) and labels to
 * one-hot rows; the float gather straight to {@code (float) (x / 255.0)}, the double intensity rounded.
 */
final class ByteImageDataset implements Dataset {

    private final byte[] pixels;
    private final byte[] labels;
    private final int pixelsPerImage;
    private final int classes;

    /**
     * @param pixels         {@code labels.length x pixelsPerImage} unsigned bytes; kept, not copied
     * @param labels         one class number in {@code [0, classes)} per image; kept, not copied
     * @param pixelsPerImage features per example
     * @param classes        target columns per example
     */
    ByteImageDataset(byte[] pixels, byte[] labels, int pixelsPerImage, int classes) {
        if (pixels.length != labels.length * pixelsPerImage) {
            throw new IllegalArgumentException(
                    pixels.length + " pixels are not " + labels.length + " images of " + pixelsPerImage);
        }
        this.pixels = pixels;
        this.labels = labels;
        this.pixelsPerImage = pixelsPerImage;
        this.classes = classes;
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int featureCount() {
        return pixelsPerImage;
    }

    @Override
    public int targetCount() {
        return classes;
    }

    @Override
    public void gather(int[] order, int from, int count, double[] features, double[] targets) {
        for (int i = 0; i < count; i++) {
            int example = order[from + i];
            Intensities.toDoubles(pixels, example * pixelsPerImage, features, i * pixelsPerImage, pixelsPerImage);
            Arrays.fill(targets, i * classes, (i + 1) * classes, 0.0);
            targets[i * classes + labels[example]] = 1.0;
        }
    }

    @Override
    public void gather(int[] order, int from, int count, float[] features, float[] targets) {
        for (int i = 0; i < count; i++) {
            int example = order[from + i];
            Intensities.toFloats(pixels, example * pixelsPerImage, features, i * pixelsPerImage, pixelsPerImage);
            Arrays.fill(targets, i * classes, (i + 1) * classes, 0f);
            targets[i * classes + labels[example]] = 1f;
        }
    }
}
