/**
 * Code the built-in plugins share across their packages: {@link org.deltanet.plugins.support.BatchMath},
 * the batch loops of the built-in activations, losses and optimizers, vectorized with the Vector
 * API where the JVM offers it ({@link org.deltanet.plugins.support.VectorBatchMath}) and in plain
 * Java otherwise ({@link org.deltanet.plugins.support.ScalarBatchMath}, the reference). Not part of
 * the SPI; third-party plugins need not use it. Parameter handling lives in the SPI itself
 * ({@link org.deltanet.api.ConfiguredPlugin}).
 */
package org.deltanet.plugins.support;
