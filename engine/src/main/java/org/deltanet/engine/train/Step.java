package org.deltanet.engine.train;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.ClassWeightedLoss;
import org.deltanet.engine.regularize.DropoutMasks;
import org.deltanet.engine.regularize.Regularization;

/**
 * One gradient-descent step on a batch already gathered into {@link #pass()}'s input and target
 * buffers, in one precision ({@link TrainingStep} in double, {@link FloatTrainingStep} in float),
 * in two halves that can run apart (a distributed worker computes, the driver applies):
 * <ul>
 *   <li>{@link #computeGradients}: inputs (must be finite: an activation such as relu maps NaN to
 *       0, which would hide it from the later checks while the weights turn NaN), forward pass,
 *       loss (must be finite; when it is not, the first layer whose net input or outputs ran away is
 *       named), backward pass (every layer's deltas must be finite); the loss, accuracy and delta
 *       sums are added to a {@link StepStatistics}; with regularization, the step's dropout masks are
 *       drawn before the forward pass and the penalty's gradient added after the backward pass;</li>
 *   <li>{@link #apply}: {@link OptimizerState#advance()}, clipping, and the optimizer's update of every
 *       parameter of the pass in a fixed order ({@link ParameterUpdate}).</li>
 * </ul>
 * What {@link Trainer} runs for every batch, open to benchmarks and custom loops.
 *
 * <p>Buffers are allocated by the constructor; neither half allocates. Not thread-safe.
 *
 * @param <A> {@code double[]} or {@code float[]}
 */
public abstract class Step<A> {

    private final Network network;
    private final Pass<A> pass;
    private final ParameterUpdate.Core<A> update;
    private final double[] deltaSums;
    private final IntFunction<A> weights;
    private final IntFunction<A> biases;
    private final IntFunction<A> weightGradients;
    private final IntFunction<A> biasGradients;
    private final ParameterUpdate.GradientHook<A> penalty;
    private final long seed;
    private final ParameterUpdate.OuterProducts<A> outerProducts;

    /**
     * @param capacity       the largest batch the step will be asked to process
     * @param regularization its class weights weigh the loss and its dropout masks are drawn in
     *                       the pass; its penalty's gradient is added after the backward pass, at
     *                       the parameters the pass trains; its clipping is applied before the
     *                       optimizer's step
     * @param seed           the run's seed, for the dropout masks
     * @param passes         makes the pass of the step's precision from the training loss and the
     *                       dropout masks (null for none)
     */
    Step(
            Network network,
            Loss loss,
            Optimizer optimizer,
            int capacity,
            Regularization regularization,
            long seed,
            BiFunction<Loss, DropoutMasks, Pass<A>> passes) {
        this.network = network;
        this.pass = passes.apply(
                regularization.classWeights() == null
                        ? loss
                        : new ClassWeightedLoss(loss, regularization.classWeights()),
                DropoutMasks.any(regularization.dropout())
                        ? new DropoutMasks(network, regularization.dropout(), capacity)
                        : null);
        this.update = new ParameterUpdate.Core<>(
                network,
                optimizer,
                pass.numbers,
                GradientHooks.clipping(network, regularization.clipping(), pass.numbers));
        this.penalty =
                GradientHooks.penalty(network, regularization.penalty(), pass.numbers, pass::weights, pass::bias);
        this.seed = seed;
        this.outerProducts = penalty == null && update.updatesOuterProducts()
                ? new ParameterUpdate.OuterProducts<>(unmaskedLayers(network), pass::delta, pass::layerInput)
                : null;
        this.deltaSums = new double[network.depth()];
        this.weights = pass::weights;
        this.biases = pass::bias;
        this.weightGradients = pass::weightGradient;
        this.biasGradients = pass::biasGradient;
    }

    /** By 0-based layer, whether it has no mask (a masked layer's gradient is masked before its update). */
    private static boolean[] unmaskedLayers(Network network) {
        boolean[] unmasked = new boolean[network.depth()];
        for (int l = 0; l < unmasked.length; l++) {
            unmasked[l] = !network.layers().get(l).isMasked();
        }
        return unmasked;
    }

    /** The pass whose input and target buffers the caller fills. */
    public Pass<A> pass() {
        return pass;
    }

    /**
     * Trains on the first {@code rows} examples of the pass's buffers: {@link #computeGradients},
     * then {@link #apply}.
     *
     * @return the batch's mean loss before the step
     */
    public double run(int rows, OptimizerState state, int epoch, int batch, StepStatistics statistics) {
        double batchLoss = computeGradients(rows, epoch, batch, statistics);
        apply(state);
        return batchLoss;
    }

    /**
     * {@link #run}, for callers that do not read the weight gradients afterwards (the trainer): at
     * a batch of one, where the optimizer {@linkplain org.deltanet.api.RatedOptimizer#updatesOuterProducts
     * updates outer products} and no penalty or clipping changes the gradients, the weights of each
     * unmasked layer are updated from its delta and its input, and its {@link Pass#weightGradient}
     * is not computed (left as it was). The parameters and the state come out the same, bit for
     * bit, as with {@link #run}; a large layer's gradient no longer goes out to memory and
     * straight back (an epoch of network 784-128-10 at batch 1 in float64 on one thread: 368 ms
     * with {@code run}, 251 ms).
     *
     * @return the batch's mean loss before the step
     */
    public double train(int rows, OptimizerState state, int epoch, int batch, StepStatistics statistics) {
        ParameterUpdate.OuterProducts<A> fused = rows == 1 ? outerProducts : null;
        double batchLoss = computeGradients(rows, null, epoch, batch, statistics, fused);
        update.apply(state, weights, biases, weightGradients, biasGradients, fused);
        return batchLoss;
    }

    /**
     * Computes the gradients of the loss over the first {@code rows} examples of the pass's
     * buffers, leaving them in the pass, and adds the batch's loss, accuracy and |delta| sums to
     * {@code statistics}.
     *
     * @param epoch 1-based epoch, for the message if training diverges
     * @param batch 1-based batch within the epoch, likewise (and with the epoch, what the dropout
     *              masks are drawn from)
     * @return the batch's mean loss
     * @throws TrainingDivergedException if an input, the loss or a delta is not finite (statistics
     *         untouched)
     * @throws NonFiniteOutputException if an activation returned NaN or infinity for a finite net input
     */
    public double computeGradients(int rows, int epoch, int batch, StepStatistics statistics) {
        return computeGradients(rows, null, epoch, batch, statistics);
    }

    /**
     * {@link #computeGradients(int, int, int, StepStatistics)} for rows that are some of a
     * mini-batch's examples: row r stands at {@code positions[r]} of the whole batch and gets that
     * position's dropout mask (null: row r at position r). A data-parallel worker passes its rows'
     * positions, so that it drops what one machine training the whole batch drops.
     */
    public double computeGradients(int rows, int[] positions, int epoch, int batch, StepStatistics statistics) {
        return computeGradients(rows, positions, epoch, batch, statistics, null);
    }

    /** {@link #computeGradients}, without the weight gradients of the layers {@code fused} marks (null: none). */
    private double computeGradients(
            int rows,
            int[] positions,
            int epoch,
            int batch,
            StepStatistics statistics,
            ParameterUpdate.OuterProducts<A> fused) {
        Arithmetic<A> numbers = pass.numbers;
        double inputs = numbers.sumAbs(pass.input(), rows * network.inputSize());
        if (!Double.isFinite(inputs)) {
            throw new TrainingDivergedException(epoch, batch, "the input data", inputs);
        }
        pass.dropout(seed, epoch, batch, rows, positions);
        pass.forward(rows);
        double batchLoss = pass.loss(rows);
        if (!Double.isFinite(batchLoss)) {
            throw lossDiverged(rows, epoch, batch, batchLoss);
        }
        pass.backward(rows, fused == null ? null : fused.layers());
        if (penalty != null) {
            penalty.apply(weightGradients, biasGradients);
        }
        List<Layer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            double sum = numbers.sumAbs(pass.delta(l + 1), rows * layers.get(l).units());
            if (!Double.isFinite(sum)) {
                throw new TrainingDivergedException(epoch, batch, "the deltas of layer " + (l + 1), sum);
            }
            deltaSums[l] = sum;
        }
        for (int l = 0; l < layers.size(); l++) {
            statistics.addDeltas(l, deltaSums[l]);
        }
        statistics.addBatch(batchLoss, rows, numbers.correct(pass.output(), pass.target(), rows, network.outputSize()));
        return batchLoss;
    }

    /** Lets the optimizer step on the gradients {@link #computeGradients} left in the pass. */
    public void apply(OptimizerState state) {
        update.apply(state, weights, biases, weightGradients, biasGradients, null);
    }

    /**
     * A non-finite loss, blamed on the first layer whose net input is not finite (the layer whose
     * weights ran away), or on the loss itself when every layer stayed finite.
     *
     * @throws NonFiniteOutputException if a layer's activation made a non-finite output of a finite
     *         net input
     */
    private TrainingDivergedException lossDiverged(int rows, int epoch, int batch, double loss) {
        Arithmetic<A> numbers = pass.numbers;
        for (int l = 1; l <= network.depth(); l++) {
            int length = rows * network.layer(l).units();
            int at = numbers.firstNonFinite(pass.netInput(l), length);
            if (at >= 0) {
                return new TrainingDivergedException(
                        epoch, batch, "the net input of layer " + l, numbers.get(pass.netInput(l), at));
            }
            at = numbers.firstNonFinite(pass.activation(l), length);
            if (at >= 0) {
                // the net input was finite: the activation made the NaN, not the weights
                throw new NonFiniteOutputException(
                        network.layer(l).activation(), numbers.get(pass.activation(l), at), l, epoch, batch);
            }
        }
        return new TrainingDivergedException(epoch, batch, "the loss", loss);
    }
}
