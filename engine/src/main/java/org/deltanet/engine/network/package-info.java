/**
 * The network being trained: dense {@link org.deltanet.engine.network.Layer}s (a weight matrix of
 * neurons x inputs, an optional bias, an activation plugin and an optional fixed connectivity
 * mask) stacked into a {@link org.deltanet.engine.network.Network}. Parameters are flat row-major
 * arrays with stable names ({@code layer1.weights}, {@code layer1.bias}) by which optimizer state
 * and model files refer to them.
 */
package org.deltanet.engine.network;
