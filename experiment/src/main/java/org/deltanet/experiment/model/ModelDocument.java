package org.deltanet.experiment.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.Precision;

/**
 * A model as written in YAML (keys in kebab-case); checked and turned into a {@link Model} by
 * {@link ModelMapping}.
 *
 * @param format    {@code deltanet-model} in a model file; absent where the model is nested in a
 *                  checkpoint
 * @param version   the format's version; absent where nested
 * @param provenance what produced the model, or null (files before it was recorded, checkpoints)
 * @param inputSize the number of inputs of the first layer
 * @param loss      the loss trained with, or null
 * @param scaling   the feature scaling's method, with its numbers inline before version 3; or null
 * @param classes   class names by output unit, or null
 * @param features  feature names by input (the training file's column headers), or null when the
 *                  inputs have no names or the file predates them
 * @param targets   output names when the outputs are named label columns of the training data
 *                  ({@code [x, y]} for numeric, multi-label or probability columns), or null
 * @param numbers   the {@code .npz} file with the weights, biases and scaling (versions 2 and 3);
 *                  null in a version 1 file (numbers inline) or where nested in a checkpoint
 * @param layers    the layers, first to last, in the schema experiments use too
 * @param precision {@code float32} for a model trained in single precision; absent for float64
 */
record ModelDocument(
        String format,
        Integer version,
        ModelProvenance provenance,
        @JsonProperty(required = true) int inputSize,
        PluginSpec loss,
        ScalingDocument scaling,
        List<String> classes,
        List<String> features,
        List<String> targets,
        NumbersReference numbers,
        @JsonProperty(required = true) List<LayerConfig> layers,
        Precision precision) {}
