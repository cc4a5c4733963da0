package org.deltanet.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.deltanet.data.Allocations;
import org.deltanet.data.DataException;
import org.deltanet.data.Gathered;
import org.deltanet.data.LabeledData;
import org.deltanet.engine.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MnistSourceTest {

    /** Three images of 2x3 pixels. */
    private static final byte[] PIXELS = {
        0, (byte) 255, 1, 2, (byte) 128, 3, 10, 20, 30, 40, 50, 60, (byte) 200, 0, 0, 0, 0, (byte) 254
    };

    private static final byte[] LABELS = {7, 0, 9};

    @TempDir
    Path dir;

    private Path images(String name, boolean gzip) throws IOException {
        return IdxWriter.write(dir.resolve(name), IdxWriter.images(3, 2, 3, PIXELS), gzip);
    }

    private Path labels(String name, boolean gzip) throws IOException {
        return IdxWriter.write(dir.resolve(name), IdxWriter.labels(LABELS), gzip);
    }

    private static String failure(Path images, Path labels) {
        return assertThrows(DataException.class, () -> MnistSource.read(images, labels))
                .getMessage();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsPixelsAsIntensitiesAndLabelsAsOneHot(boolean gzip) throws IOException {
        // the names do not say whether the content is gzipped: detection is by magic bytes
        LabeledData data = MnistSource.read(images("images.idx", gzip), labels("labels.idx", gzip));
        assertEquals(MnistSource.DIGITS, data.classes());
        assertEquals(3, data.data().size());
        assertEquals(6, data.data().featureCount());
        Gathered rows = Gathered.of(data.data());
        for (int i = 0; i < 3; i++) {
            for (int p = 0; p < 6; p++) {
                assertEquals((PIXELS[i * 6 + p] & 0xFF) / 255.0, rows.features()[i][p]);
            }
            double[] oneHot = new double[10];
            oneHot[LABELS[i]] = 1.0;
            assertArrayEquals(oneHot, rows.targets()[i]);
        }
        assertEquals(1.0, rows.features()[0][1]);
    }

    @Test
    void gatherFollowsTheOrderAndOverwritesStaleTargets() throws IOException {
        Dataset data = MnistSource.read(images("i", false), labels("l", false)).data();
        double[] x = new double[2 * 6];
        double[] y = new double[2 * 10];
        Arrays.fill(y, 5.0);
        data.gather(new int[] {0, 2, 1}, 1, 2, x, y);
        assertEquals(200 / 255.0, x[0]);
        assertEquals(20 / 255.0, x[6 + 1]);
        assertEquals(1.0, y[9]);
        assertEquals(1.0, y[10]);
        assertEquals(2.0, Arrays.stream(y).sum());
    }

    @Test
    void gatherAllocatesNothing() throws IOException {
        Dataset data = MnistSource.read(images("i", true), labels("l", true)).data();
        int[] order = {2, 0, 1};
        double[] x = new double[3 * 6];
        double[] y = new double[3 * 10];
        assertTrue(Allocations.during(10_000, () -> data.gather(order, 0, 3, x, y)) < 10_000);
    }

    @Test
    void missingFile() throws IOException {
        Path missing = dir.resolve("missing-images.gz");
        assertEquals(missing + ": no such file", failure(missing, labels("l", true)));
    }

    @Test
    void wrongMagicSaysWhichWasExpected() throws IOException {
        Path images = images("mnist-images.gz", true);
        Path labels = labels("mnist-labels.gz", true);
        assertEquals(
                labels + ": not an IDX image file (magic 2049, expected 2051);"
                        + " are the image and label files swapped?",
                failure(labels, images));
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello world");
        assertEquals(text + ": not an IDX label file (magic 1751477356, expected 2049)", failure(images, text));
    }

    @Test
    void tooShortForAMagicNumber() throws IOException {
        Path tiny = Files.write(dir.resolve("tiny"), new byte[] {0, 0});
        assertEquals(tiny + ": not an IDX image file (only 2 bytes long)", failure(tiny, labels("l", false)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void truncatedPixels(boolean gzip) throws IOException {
        byte[] whole = IdxWriter.images(3, 2, 3, PIXELS);
        Path cut = IdxWriter.write(dir.resolve("cut"), Arrays.copyOf(whole, whole.length - 5), gzip);
        assertEquals(
                cut + ": truncated: the header announces 3 images of 2x3 pixels (18 bytes)"
                        + " but only 13 bytes follow",
                failure(cut, labels("l", gzip)));
    }

    @Test
    void truncatedHeader() throws IOException {
        byte[] whole = IdxWriter.images(3, 2, 3, PIXELS);
        Path cut = IdxWriter.write(dir.resolve("cut"), Arrays.copyOf(whole, 10), false);
        assertEquals(cut + ": truncated: the header ends after 10 of 16 bytes", failure(cut, labels("l", false)));
    }

    @Test
    void truncatedGzipStream() throws IOException {
        Path whole = images("whole.gz", true);
        byte[] compressed = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(compressed, compressed.length - 12));
        assertEquals(cut + ": truncated: the file ends early", failure(cut, labels("l", true)));
    }

    @Test
    void countsMustMatch() throws IOException {
        Path images = images("images", false);
        Path labels = IdxWriter.write(dir.resolve("labels"), IdxWriter.labels(new byte[] {1, 2}), false);
        assertEquals(
                labels + ": has 2 labels but " + images + " has 3 images;"
                        + " the two files must describe the same examples",
                failure(images, labels));
    }

    @Test
    void labelsMustBeDigits() throws IOException {
        Path labels = IdxWriter.write(dir.resolve("labels"), IdxWriter.labels(new byte[] {1, 12, 3}), false);
        assertEquals(
                labels + ": label 12 of example 2 is not a digit from 0 to 9",
                failure(images("images", false), labels));
    }

    @Test
    void emptyHeaderCounts() throws IOException {
        Path images = IdxWriter.write(dir.resolve("none"), IdxWriter.images(0, 28, 28, new byte[0]), false);
        assertEquals(
                images + ": the header announces 0 images of 28x28 pixels;"
                        + " expected at least one image of at least 1x1",
                failure(images, labels("l", false)));
    }
}
