package org.deltanet.engine.regularize;

import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.ForwardingPlugin;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.ValueDomain;

/**
 * A loss whose per-example terms are weighted by the example's class: {@code J = (1/rows) sum_r
 * c(y_r) L(o_r, y_r)}, where {@code c(y) = sum_k weight_k y_k} is the weight of a one-hot target's
 * class (for soft targets, the targets' mix of weights). The divisor stays {@code rows} (as Keras's
 * {@code class_weight}), so weights whose mean over the training examples is 1 (as
 * {@code balanced} gives) keep the loss's scale. Gradient and declared shortcut are the base
 * loss's, row by row times {@code c(y_r)}, since the weights do not depend on the outputs.
 *
 * <p>Used for the training steps only: validation and test losses are the base loss, comparable
 * between runs with and without weights. Not thread-safe (row buffers are reused); allocates only
 * when built.
 */
public final class ClassWeightedLoss implements Loss, ForwardingPlugin {

    private final Loss base;
    private final double[] weights;
    private final double[] rowOutput;
    private final double[] rowTarget;
    private final double[] rowExtra;

    /**
     * @param base    the loss
     * @param weights one weight per output column (class), each finite and at least 0
     */
    public ClassWeightedLoss(Loss base, double[] weights) {
        this.base = base;
        this.weights = weights.clone();
        for (double weight : weights) {
            if (!(weight >= 0.0) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("class weights must be finite and at least 0, got " + weight);
            }
        }
        this.rowOutput = new double[weights.length];
        this.rowTarget = new double[weights.length];
        this.rowExtra = new double[weights.length];
    }

    /** The weight of the class (or mix of classes) of row {@code r}'s target. */
    private double rowWeight(double[] target, int r, int cols) {
        checkColumns(cols);
        double weight = 0.0;
        int at = r * cols;
        for (int k = 0; k < cols; k++) {
            weight += weights[k] * target[at + k];
        }
        return weight;
    }

    private void checkColumns(int cols) {
        if (cols != weights.length) {
            throw new IllegalArgumentException(
                    "the loss has " + cols + " output columns but " + weights.length + " class weights");
        }
    }

    @Override
    public double value(double[] output, double[] target, int rows, int cols) {
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            double weight = rowWeight(target, r, cols);
            if (weight != 0.0) {
                System.arraycopy(output, r * cols, rowOutput, 0, cols);
                System.arraycopy(target, r * cols, rowTarget, 0, cols);
                sum += weight * base.value(rowOutput, rowTarget, 1, cols);
            }
        }
        return sum / rows;
    }

    @Override
    public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
        base.gradient(output, target, gradient, rows, cols);
        scaleRows(target, gradient, rows, cols);
    }

    private void scaleRows(double[] target, double[] values, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            double weight = rowWeight(target, r, cols);
            int at = r * cols;
            for (int k = 0; k < cols; k++) {
                values[at + k] *= weight;
            }
        }
    }

    @Override
    public Optional<OutputShortcut> shortcutFor(Activation outputActivation) {
        return base.shortcutFor(outputActivation).map(Weighted::new);
    }

    /** The base loss's shortcut, weighted by rows as the loss is. */
    private final class Weighted implements OutputShortcut {
        private final OutputShortcut shortcut;

        Weighted(OutputShortcut shortcut) {
            this.shortcut = shortcut;
        }

        @Override
        public void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
            shortcut.delta(z, a, target, delta, rows, cols);
            scaleRows(target, delta, rows, cols);
        }

        @Override
        public double value(double[] z, double[] a, double[] target, int rows, int cols) {
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                double weight = rowWeight(target, r, cols);
                if (weight != 0.0) {
                    System.arraycopy(z, r * cols, rowExtra, 0, cols);
                    System.arraycopy(a, r * cols, rowOutput, 0, cols);
                    System.arraycopy(target, r * cols, rowTarget, 0, cols);
                    sum += weight * shortcut.value(rowExtra, rowOutput, rowTarget, 1, cols);
                }
            }
            return sum / rows;
        }
    }

    @Override
    public ValueDomain outputDomain() {
        return base.outputDomain();
    }

    @Override
    public ValueDomain targetDomain() {
        return base.targetDomain();
    }

    @Override
    public Loss configure(ParameterValues values) {
        return new ClassWeightedLoss(base.configure(values), weights);
    }

    /** The loss it weights, which names and parameterizes this one. */
    @Override
    public Plugin delegate() {
        return base;
    }

    @Override
    public String description() {
        return base.description() + ", weighted by class";
    }
}
