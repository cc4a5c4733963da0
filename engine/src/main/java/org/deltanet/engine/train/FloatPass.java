package org.deltanet.engine.train;

import org.deltanet.api.Loss;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.DropoutMasks;

/**
 * The {@link Pass} in single precision ({@code precision: float32}), on float copies of the
 * network's parameters, which {@link #load()} takes from the network (rounded; the constructor
 * does it once) and {@link #store()} writes back (widened exactly). Activations, the loss and its
 * shortcut are called through the SPI's {@code float[]} methods (built-ins in float; other plugins
 * through the converting default). Not thread-safe.
 */
public final class FloatPass extends Pass<float[]> {

    /** @param capacity the largest batch this pass will be asked to process */
    public FloatPass(Network network, Loss loss, FloatKernels kernels, int capacity) {
        this(network, loss, kernels, capacity, null);
    }

    /**
     * @param capacity the largest batch this pass will be asked to process
     * @param dropout  the masks the forward pass applies (built for this network and at least this
     *                 capacity), or null for none
     */
    public FloatPass(Network network, Loss loss, FloatKernels kernels, int capacity, DropoutMasks dropout) {
        super(network, loss, new FloatArithmetic(kernels), capacity, dropout);
    }
}
