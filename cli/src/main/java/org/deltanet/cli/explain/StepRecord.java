package org.deltanet.cli.explain;

/**
 * Every number of one training step, copied out of the engine's buffers. Arrays are indexed by
 * layer number minus one; per-example values are row-major ({@code rows x units}).
 *
 * @param step           1-based step number
 * @param epoch          1-based epoch the step belongs to
 * @param batch          1-based batch within the epoch
 * @param batches        batches per epoch
 * @param examples       the 0-based indices (in the training data) of the batch's examples
 * @param input          the inputs x, {@code rows x inputSize}
 * @param target         the targets y, {@code rows x outputSize}
 * @param netInput       z per layer
 * @param activation     a per layer
 * @param lossGradient   dL/do (before the output activation's derivative), or null when the loss
 *                       declared a shortcut for the output activation
 * @param delta          dL/dz per layer
 * @param weightsBefore  every layer's weights before the step (rows = neurons)
 * @param biasBefore     every layer's bias before the step, null where the layer has none
 * @param weightGradient dJ/dW per layer
 * @param biasGradient   dJ/db per layer, null where the layer has no bias
 * @param weightsAfter   the weights after the step
 * @param biasAfter      the biases after the step
 * @param lossBefore     J on the batch before the step
 * @param lossAfter      J on the same batch after the step
 * @param outputAfter    the output activations on the same batch after the step
 */
public record StepRecord(
        int step,
        int epoch,
        int batch,
        int batches,
        int[] examples,
        double[] input,
        double[] target,
        double[][] netInput,
        double[][] activation,
        double[] lossGradient,
        double[][] delta,
        double[][] weightsBefore,
        double[][] biasBefore,
        double[][] weightGradient,
        double[][] biasGradient,
        double[][] weightsAfter,
        double[][] biasAfter,
        double lossBefore,
        double lossAfter,
        double[] outputAfter) {

    /** Examples in the batch. */
    public int rows() {
        return examples.length;
    }
}
