package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.MeasuredChoice;
import org.deltanet.engine.math.MeasuredChoice.Kind;
import org.deltanet.engine.math.MeasuredChoice.Shape;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.DropoutMasks;

/**
 * The {@link Pass} in double precision (the default), on the network's own parameters: what a step
 * changes is the network. Not thread-safe: one instance per training thread.
 */
public final class Backpropagation extends Pass<double[]> {

    /** @param capacity the largest batch this instance will be asked to process */
    public Backpropagation(Network network, Loss loss, MatrixKernels kernels, int capacity) {
        this(network, loss, kernels, capacity, null);
    }

    /**
     * @param capacity the largest batch this instance will be asked to process
     * @param dropout  the masks the forward pass applies (built for this network and at least this
     *                 capacity), or null for none
     */
    public Backpropagation(Network network, Loss loss, MatrixKernels kernels, int capacity, DropoutMasks dropout) {
        super(network, loss, new DoubleArithmetic(kernels), capacity, dropout);
    }

    /**
     * The matrix products one training step on {@code rows} examples makes, in the order it makes
     * them (forward pass layer by layer, then per layer from the output down: gradient, delta
     * rule): what {@link MeasuredChoice#measure} should time before training starts.
     */
    public static List<Shape> products(Network network, int rows) {
        List<Shape> shapes = new ArrayList<>();
        List<Layer> layers = network.layers();
        for (Layer layer : layers) {
            shapes.add(new Shape(Kind.FORWARD, rows, layer.units(), layer.inputs()));
        }
        for (int l = layers.size() - 1; l >= 0; l--) {
            Layer layer = layers.get(l);
            shapes.add(new Shape(Kind.GRADIENT, layer.units(), layer.inputs(), rows));
            if (l > 0) {
                shapes.add(new Shape(Kind.DELTA, rows, layer.inputs(), layer.units()));
            }
        }
        return shapes;
    }
}
