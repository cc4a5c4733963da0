package org.deltanet.engine.metrics;

/**
 * How far one numeric output lies from its targets.
 *
 * @param name the output (target column)
 * @param mse  mean squared error
 * @param mae  mean absolute error
 * @param r2   coefficient of determination 1 - SSE / SST: 1 for perfect predictions, 0 for always
 *             predicting the targets' mean, negative for worse; for constant targets (SST = 0) 1
 *             if the predictions are exact and 0 otherwise, as scikit-learn has it
 */
public record OutputErrors(String name, double mse, double mae, double r2) {}
