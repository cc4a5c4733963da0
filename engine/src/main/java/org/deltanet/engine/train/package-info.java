/**
 * Training by gradient descent: {@link org.deltanet.engine.train.Backpropagation} computes one
 * mini-batch's forward pass, deltas and gradients in reused buffers;
 * {@link org.deltanet.engine.train.Trainer} runs epochs of shuffled batches (batch, stochastic or
 * mini-batch {@linkplain org.deltanet.engine.train.TrainingMode mode}), applies the optimizer,
 * watches for divergence and reports each epoch to
 * {@link org.deltanet.engine.train.TrainingListener}s; {@link org.deltanet.engine.train.Evaluator}
 * measures loss and accuracy on held-out data.
 */
package org.deltanet.engine.train;
