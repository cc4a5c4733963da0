package org.deltanet.examples.spirals;

import java.util.List;
import java.util.Random;
import org.deltanet.data.DataSource;
import org.deltanet.data.LabeledData;
import org.deltanet.engine.data.ArrayDataset;

/**
 * The section {@code { type: spirals, points: 100, turns: 1, noise: 0.02, seed: 1 }}: the
 * two-spirals problem. Point {@code i} of {@code points} lies at radius {@code r = (i + 1) / points}
 * and angle {@code 2 pi turns r}; class {@code a} is that point, class {@code b} its mirror through
 * the origin, each coordinate moved by Gaussian noise of standard deviation {@code noise}. The
 * features are {@code x} and {@code y} in [-1 - noise, 1 + noise]; the same seed gives the same
 * points.
 *
 * @param points examples per spiral, 2 to 1,000,000; default 100
 * @param turns  how many times each spiral winds around the origin, in (0, 10]; default 1
 * @param noise  standard deviation of the noise added to each coordinate, in [0, 1]; default 0
 * @param seed   seeds the noise; default 1
 */
public record Spirals(Integer points, Double turns, Double noise, Long seed) implements DataSource {

    private static final List<String> CLASSES = List.of("a", "b");
    private static final List<String> FEATURES = List.of("x", "y");

    public Spirals {
        points = points == null ? 100 : points;
        turns = turns == null ? 1.0 : turns;
        noise = noise == null ? 0.0 : noise;
        seed = seed == null ? 1L : seed;
        require(points >= 2 && points <= 1_000_000, "'points' must be 2 to 1000000, got " + points);
        require(turns > 0 && turns <= 10, "'turns' must be in (0, 10], got " + turns);
        require(noise >= 0 && noise <= 1, "'noise' must be in [0, 1], got " + noise);
    }

    @Override
    public LabeledData read() {
        double[] features = new double[4 * points];
        double[] targets = new double[4 * points];
        Random random = new Random(seed);
        for (int i = 0; i < points; i++) {
            double radius = (i + 1.0) / points;
            double angle = 2 * Math.PI * turns * radius;
            for (int spiral = 0; spiral < 2; spiral++) {
                int row = 2 * i + spiral;
                double side = spiral == 0 ? 1 : -1;
                features[2 * row] = side * radius * Math.cos(angle) + noise * random.nextGaussian();
                features[2 * row + 1] = side * radius * Math.sin(angle) + noise * random.nextGaussian();
                targets[2 * row + spiral] = 1;
            }
        }
        return new LabeledData(new ArrayDataset(features, targets, 2, 2), CLASSES, FEATURES);
    }

    /** The same points: the classes of two spirals are always {@code a} and {@code b}. */
    @Override
    public LabeledData read(List<String> classes) {
        return read();
    }

    private static void require(boolean holds, String problem) {
        if (!holds) {
            throw new IllegalArgumentException(problem);
        }
    }
}
