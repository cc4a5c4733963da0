package org.deltanet.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.deltanet.engine.data.Dataset;

/**
 * A seeded hold-out split of a training set into the part trained on and a validation part.
 * Both are views of the original dataset (nothing is copied) that keep the original order of
 * their examples; the same data, fraction and seed always give the same split.
 *
 * <p>Example:
 * <pre>{@code
 * ValidationSplit split = ValidationSplit.of(data, 0.2, 42);
 * trainer.train(split.training(), split.validation(), listeners);
 * }</pre>
 *
 * @param training   the examples to train on
 * @param validation the held-out examples
 */
public record ValidationSplit(Dataset training, Dataset validation) {

    public ValidationSplit {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(validation, "validation");
    }

    /**
     * Holds out {@code round(fraction * size)} examples, chosen by a generator seeded with
     * {@code seed}.
     *
     * @param fraction the share of examples held out, strictly between 0 and 1
     * @throws IllegalArgumentException if the fraction is out of range or leaves either part empty
     */
    public static ValidationSplit of(Dataset data, double fraction, long seed) {
        if (!(fraction > 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException(
                    "the validation fraction must lie strictly between 0 and 1, got " + fraction);
        }
        int size = data.size();
        int held = (int) Math.round(fraction * size);
        if (held == 0) {
            throw new IllegalArgumentException("a validation fraction of " + fraction + " of " + size
                    + " examples holds out none; use a fraction of at least "
                    + decimal(1.0 / size, RoundingMode.UP) + " or more data");
        }
        if (held == size) {
            throw new IllegalArgumentException("a validation fraction of " + fraction + " of " + size
                    + " examples leaves none to train on; use a fraction of at most "
                    + decimal(1.0 - 1.0 / size, RoundingMode.DOWN) + " or more data");
        }
        int[] permutation = permutation(size, seed);
        int[] validation = Arrays.copyOfRange(permutation, 0, held);
        int[] training = Arrays.copyOfRange(permutation, held, size);
        Arrays.sort(validation);
        Arrays.sort(training);
        return new ValidationSplit(new IndexedDataset(data, training), new IndexedDataset(data, validation));
    }

    /** 0 .. size-1 shuffled by Fisher-Yates with a generator seeded by {@code seed}. */
    private static int[] permutation(int size, long seed) {
        int[] permutation = new int[size];
        for (int i = 0; i < size; i++) {
            permutation[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = swap;
        }
        return permutation;
    }

    /** Two significant digits, rounded in the safe direction. */
    private static String decimal(double value, RoundingMode rounding) {
        return new BigDecimal(value)
                .round(new MathContext(2, rounding))
                .stripTrailingZeros()
                .toPlainString();
    }
}
