package org.deltanet.rundir.scores;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.deltanet.engine.metrics.ClassificationScores;
import org.deltanet.files.AtomicFiles;

/**
 * {@code confusion.png}: a classification's confusion matrix as a heat map, rows the actual class
 * and columns the predicted one, each cell shaded by the share of its row (so the diagonal is the
 * recall of each class, whatever the class sizes; on a square-root scale, so that a few mistakes
 * among many examples still show) and labelled with its count while the cells are
 * large enough to hold one. The image is wide enough for its title. Drawn with Java2D, headless; the file is replaced atomically.
 */
public final class ConfusionChart {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final int MAX_SIDE = 900;
    private static final int MAX_CELL = 64;
    private static final int MIN_LABELLED_CELL = 22;
    private static final Color LIGHT = new Color(0xf7fbff);
    private static final Color DARK = new Color(0x08306b);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final String SUBTITLE = "columns: predicted class    rows: actual class    shade: share of the row";

    private ConfusionChart() {}

    /**
     * Writes the chart.
     *
     * @param title e.g. the run's name
     */
    public static void write(ClassificationScores scores, String title, Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(draw(scores, title), "png", png);
        AtomicFiles.write(file, png.toByteArray());
    }

    static BufferedImage draw(ClassificationScores scores, String title) {
        List<String> classes = scores.classes();
        int k = classes.size();
        int cell = Math.max(4, Math.min(MAX_CELL, MAX_SIDE / k));
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, Math.min(14, cell / 3)));
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        FontMetrics metrics = probe.createGraphics().getFontMetrics(labelFont);
        boolean named = cell >= MIN_LABELLED_CELL;
        int names =
                named ? classes.stream().mapToInt(metrics::stringWidth).max().orElse(0) : 0;
        int left = 40 + names;
        int top = 70 + names;
        String heading = "confusion matrix: " + title;
        Graphics2D measure = probe.createGraphics();
        int headings = 10
                + Math.max(
                        measure.getFontMetrics(TITLE_FONT).stringWidth(heading),
                        measure.getFontMetrics(SUBTITLE_FONT).stringWidth(SUBTITLE));
        measure.dispose();
        int width = Math.max(Math.max(left + k * cell + 30, headings + 10), 360);
        int height = top + k * cell + 30;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), height);
        g.setColor(Color.BLACK);
        g.setFont(TITLE_FONT);
        g.drawString(heading, 10, 22);
        g.setFont(SUBTITLE_FONT);
        g.drawString(SUBTITLE, 10, 42);
        for (int a = 0; a < k; a++) {
            long row = 0;
            for (int p = 0; p < k; p++) {
                row += scores.count(a, p);
            }
            for (int p = 0; p < k; p++) {
                long count = scores.count(a, p);
                double share = row == 0 ? 0.0 : Math.sqrt((double) count / row);
                int x = left + p * cell;
                int y = top + a * cell;
                g.setColor(shade(share));
                g.fillRect(x, y, cell, cell);
                if (named) {
                    g.setFont(labelFont);
                    g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
                    String text = Long.toString(count);
                    if (metrics.stringWidth(text) < cell - 2) {
                        g.drawString(
                                text,
                                x + (cell - metrics.stringWidth(text)) / 2,
                                y + (cell + metrics.getAscent() - metrics.getDescent()) / 2);
                    }
                }
            }
        }
        g.setColor(Color.GRAY);
        g.drawRect(left, top, k * cell, k * cell);
        if (named) {
            g.setFont(labelFont);
            g.setColor(Color.BLACK);
            for (int c = 0; c < k; c++) {
                String name = classes.get(c);
                g.drawString(
                        name,
                        left - 6 - metrics.stringWidth(name),
                        top + c * cell + (cell + metrics.getAscent() - metrics.getDescent()) / 2);
                AffineTransform saved = g.getTransform();
                g.translate(left + c * cell + (cell + metrics.getAscent() - metrics.getDescent()) / 2, top - 6);
                g.rotate(-Math.PI / 2);
                g.drawString(name, 0, 0);
                g.setTransform(saved);
            }
        }
        g.dispose();
        return image;
    }

    /** From near-white (0) to dark blue (1). */
    private static Color shade(double share) {
        return new Color(
                mix(LIGHT.getRed(), DARK.getRed(), share),
                mix(LIGHT.getGreen(), DARK.getGreen(), share),
                mix(LIGHT.getBlue(), DARK.getBlue(), share));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
