/**
 * What a training step adds to plain gradient descent, beside the loss and optimizer: weight
 * penalties ({@link org.deltanet.engine.regularize.Penalty}, L1 and coupled L2), dropout masks
 * ({@link org.deltanet.engine.regularize.DropoutMasks}), gradient clipping
 * ({@link org.deltanet.engine.regularize.Clipping}) and class weights
 * ({@link org.deltanet.engine.regularize.ClassWeightedLoss}), gathered per run in a
 * {@link org.deltanet.engine.regularize.Regularization}. None of them is used at evaluation or
 * prediction; each allocates only when it is built.
 */
package org.deltanet.engine.regularize;
