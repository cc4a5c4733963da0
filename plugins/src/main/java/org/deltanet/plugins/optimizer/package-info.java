/**
 * The built-in optimizers: {@code sgd}, {@code momentum}, {@code nesterov} and {@code adam}.
 *
 * <p>Each holds only its hyper-parameters (every one has {@code learning-rate}); velocities and
 * moment estimates live in the engine's {@link org.deltanet.api.OptimizerState}, keyed by
 * parameter name and the slots {@code velocity}, {@code first-moment} and {@code second-moment},
 * so that training can be saved, restored and continued with a changed learning rate. Every one
 * passes {@code org.deltanet.testkit.OptimizerContract}.
 */
package org.deltanet.plugins.optimizer;
