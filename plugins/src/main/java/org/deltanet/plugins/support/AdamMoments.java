package org.deltanet.plugins.support;

/**
 * Adam's fixed hyper-parameters: how fast its two moment estimates decay, and the term added to
 * the root of the second. Built once per optimizer, so that a step allocates nothing; the step
 * number {@code t} (1-based) gives the bias corrections.
 *
 * <p>Example: {@code new AdamMoments(0.9, 0.999, 1e-8).firstCorrection(1)} is {@code 0.1}.
 *
 * @param beta1   decay of the first-moment estimate, in [0, 1)
 * @param beta2   decay of the second-moment estimate, in [0, 1)
 * @param epsilon added to the root of the bias-corrected second moment, &gt; 0
 */
public record AdamMoments(double beta1, double beta2, double epsilon) {

    /** {@code 1 - beta1^t}, the first moment's bias correction at step {@code t}. */
    public double firstCorrection(long t) {
        return 1.0 - Math.pow(beta1, t);
    }

    /** {@code 1 - beta2^t}, the second moment's bias correction at step {@code t}. */
    public double secondCorrection(long t) {
        return 1.0 - Math.pow(beta2, t);
    }
}
