package org.deltanet.testkit;

import org.deltanet.api.ValueDomain;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Where a loss's outputs or targets live, so that {@link LossProperties} generates only valid
 * inputs. Each example is one row of {@code cols} values.
 *
 * <p>Outputs are always drawn from the <em>interior</em> of the domain, where the loss is finite
 * and smooth, so that central differences apply; targets are drawn from the whole domain,
 * including its boundary (hard labels 0 and 1, one-hot rows). Example: binary cross-entropy takes
 * outputs from {@link #OPEN_UNIT_INTERVAL} and targets from {@link #UNIT_INTERVAL}.
 */
public enum Domain {

    /** Any real; generated in [-5, 5]. */
    REAL,

    /** The open interval (0, 1); generated in [0.02, 0.98], as outputs and as targets. */
    OPEN_UNIT_INTERVAL,

    /**
     * The closed interval [0, 1]. As targets: hard labels 0 and 1 mixed with soft values in
     * [0, 1]; as outputs: the interior, [0.02, 0.98].
     */
    UNIT_INTERVAL,

    /**
     * Rows of non-negative values summing to 1 (a probability distribution over the columns). As
     * targets: one-hot rows mixed with soft rows; as outputs: strictly positive rows, every entry
     * at least 0.05 / (0.05 + (cols - 1)).
     */
    DISTRIBUTION;

    /** The test kit's domain for a domain a loss declares. */
    public static Domain of(ValueDomain declared) {
        return valueOf(declared.name());
    }

    /** The bound of {@link #REAL} values. */
    static final double REAL_LIMIT = 5.0;

    private static final double INTERIOR_MARGIN = 0.02;
    private static final double SMALLEST_WEIGHT = 0.05;

    /** Outputs of the given shape from this domain's interior. */
    Gen<double[]> outputs(Generators.Shape shape) {
        return switch (this) {
            case REAL -> reals(shape);
            case OPEN_UNIT_INTERVAL, UNIT_INTERVAL -> interiorOfUnitInterval(shape);
            case DISTRIBUTION -> Generators.rows(shape, normalized(shape.cols(), SMALLEST_WEIGHT));
        };
    }

    /** Targets of the given shape from anywhere in this domain. */
    Gen<double[]> targets(Generators.Shape shape) {
        return switch (this) {
            case REAL -> reals(shape);
            case OPEN_UNIT_INTERVAL -> interiorOfUnitInterval(shape);
            case UNIT_INTERVAL -> Generators.arrays(
                    shape.size(),
                    Generate.booleans()
                            .zip(
                                    Generate.booleans(),
                                    Generators.reals(0.0, 1.0),
                                    (hard, one, soft) -> hard ? (one ? 1.0 : 0.0) : soft));
            case DISTRIBUTION -> Generators.rows(
                    shape,
                    Generate.booleans()
                            .flatMap(oneHot -> oneHot
                                    ? Generate.range(0, shape.cols() - 1, 0).map(hot -> oneHot(shape.cols(), hot))
                                    : normalized(shape.cols(), 0.0)));
        };
    }

    private static Gen<double[]> reals(Generators.Shape shape) {
        return Generators.arrays(shape.size(), Generators.reals(-REAL_LIMIT, REAL_LIMIT));
    }

    private static Gen<double[]> interiorOfUnitInterval(Generators.Shape shape) {
        return Generators.arrays(shape.size(), Generators.reals(INTERIOR_MARGIN, 1.0 - INTERIOR_MARGIN));
    }

    private static double[] oneHot(int cols, int hot) {
        double[] row = new double[cols];
        row[hot] = 1.0;
        return row;
    }

    /** Rows of weights drawn from [smallest, 1], divided by their sum (uniform if all are 0). */
    private static Gen<double[]> normalized(int cols, double smallest) {
        return Generators.arrays(cols, Generators.reals(smallest, 1.0)).map(weights -> {
            double sum = 0.0;
            for (double weight : weights) {
                sum += weight;
            }
            double[] row = new double[cols];
            for (int c = 0; c < cols; c++) {
                row[c] = sum > 0.0 ? weights[c] / sum : 1.0 / cols;
            }
            return row;
        });
    }
}
