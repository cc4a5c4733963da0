/**
 * The built-in activations: {@code identity}, {@code sigmoid}, {@code tanh}, {@code relu},
 * {@code leaky-relu} and {@code softmax}.
 *
 * <p>All but softmax act on each unit alone and extend
 * {@link org.deltanet.api.ElementwiseActivation}; softmax normalises each row and writes its own
 * vector-Jacobian product. Every one passes {@code org.deltanet.testkit.ActivationContract}.
 */
package org.deltanet.plugins.activation;
