package org.deltanet.experiment.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A checkpoint as written in YAML.
 *
 * @param format           {@code deltanet-checkpoint}
 * @param version          the format's version
 * @param epoch            epochs completed
 * @param optimizerStep    the optimizer's step count
 * @param optimizerState   version 1: buffers keyed {@code parameter/slot}, e.g.
 *                         {@code layer1.weights/velocity}; null when the optimizer keeps none
 * @param optimizerBuffers version 2: the names of the buffers, whose numbers are the arrays
 *                         {@code optimizer/NAME} of the numbers file; null when there are none
 * @param numbers          version 2: the numbers file
 * @param step             version 2: steps already taken in epoch {@code epoch + 1} (an
 *                         interrupted epoch); null or 0 at an epoch boundary
 * @param partial          version 2: what those steps added up to, so the epoch's metrics come
 *                         out as if it had not stopped; null at an epoch boundary
 * @param model            the model, without its own format and version
 */
record CheckpointDocument(
        String format,
        Integer version,
        @JsonProperty(required = true) int epoch,
        @JsonProperty(required = true) long optimizerStep,
        Map<String, double[]> optimizerState,
        List<String> optimizerBuffers,
        NumbersReference numbers,
        Integer step,
        Partial partial,
        @JsonProperty(required = true) ModelDocument model) {

    /**
     * The statistics of the steps taken in an interrupted epoch.
     *
     * @param lossSum   loss summed over the examples seen
     * @param correct   correctly classified examples
     * @param rows      examples seen
     * @param deltaSums per layer, the sum of |delta|
     */
    record Partial(double lossSum, long correct, long rows, double[] deltaSums) {}
}
