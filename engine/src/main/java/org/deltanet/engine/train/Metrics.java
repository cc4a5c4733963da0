package org.deltanet.engine.train;

/**
 * Loss and accuracy over a set of examples.
 *
 * @param loss     mean loss J over the examples
 * @param accuracy fraction of examples classified correctly, in [0, 1] (see {@link Accuracy})
 */
public record Metrics(double loss, double accuracy) {}
