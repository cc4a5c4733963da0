package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment file: what to train, on what, how, and where the results go.
 *
 * <p>Every field has a default except {@code data}, {@code model}, {@code loss} and
 * {@code optimizer}; the run directory receives this record with every default filled in, so that
 * training from it again reproduces the run. See {@code docs/experiment-reference.md} for every
 * key with an example.
 *
 * @param name      names the run directory; default {@code experiment}
 * @param seed      seeds weight initialisation, shuffling and the validation split; default 1
 * @param data      training (and optionally test) data
 * @param model     the network's layers; may be left out (null) when training starts from an initial
 *                  model, whose layers it then has
 * @param loss      the loss plugin, e.g. {@code cross-entropy}
 * @param optimizer the optimizer plugin with its parameters
 * @param schedule  the learning-rate schedule plugin with its parameters; default {@code constant}
 *                  (the optimizer's learning rate throughout)
 * @param training  mode, batch size, epochs, early stopping, checkpoints
 * @param output    the folder under which each run gets its own directory; default {@code runs}
 * @param plugins   extra plugin jars or folders of jars; default none
 * @param sweep     variants to train with {@code deltanet sweep}; null (default) for none
 * @param spark     Spark settings for sweeps and data-parallel training, e.g.
 *                  {@code spark.master: spark://head:7077}; every key starts with {@code spark.};
 *                  the command line's {@code --master} and {@code --conf} take precedence; default none
 * @param precision {@code float64} (default) or {@code float32}: the precision training runs in,
 *                  on one machine or data-parallel
 * @param provenance what produced a run, in a run's experiment.yaml (plugin jars with their SHA-256,
 *                   {@code --prefer} choices, the initial model), read back when it is trained again;
 *                   null in a hand-written experiment
 */
@JsonPropertyOrder({
    "name",
    "seed",
    "data",
    "model",
    "loss",
    "optimizer",
    "schedule",
    "training",
    "output",
    "plugins",
    "sweep",
    "spark",
    "precision",
    "provenance"
})
public record ExperimentConfig(
        String name,
        Long seed,
        DataConfig data,
        ModelConfig model,
        PluginSpec loss,
        PluginSpec optimizer,
        PluginSpec schedule,
        TrainingSection training,
        String output,
        List<String> plugins,
        SweepConfig sweep,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> spark,
        Precision precision,
        RunProvenance provenance) {

    public ExperimentConfig {
        name = name == null ? "experiment" : name;
        Checks.require(
                name.matches("[A-Za-z0-9._-]+"),
                "name",
                "must be letters, digits, '.', '_' or '-' (it names the run directory), got '" + name + "'");
        seed = seed == null ? 1L : seed;
        Checks.present(data, "data", "e.g. data: { training: { type: xor } }");
        Checks.present(loss, "loss", "e.g. loss: cross-entropy");
        Checks.present(optimizer, "optimizer", "e.g. optimizer: { name: sgd, learning-rate: 0.1 }");
        schedule = schedule == null ? PluginSpec.of("constant") : schedule;
        training = training == null ? TrainingSection.defaults() : training;
        output = output == null ? "runs" : output;
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
        spark = spark == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(spark));
        for (String key : spark.keySet()) {
            Checks.require(
                    key.startsWith("spark."),
                    "spark",
                    "keys are Spark settings starting with 'spark.', e.g. spark.executor.memory, got '" + key + "'");
        }
        DistributedConfig distributed = training.distributed();
        Checks.require(
                distributed == null
                        || distributed.syncEvery() == 1
                        || schedule.name().equals("constant"),
                "schedule",
                "workers taking local steps (training.distributed.sync-every above 1) keep the optimizer's own rate;"
                        + " use schedule: constant or sync-every: 1");
        precision = precision == null ? Precision.FLOAT64 : precision;
        String unmeasured = sweep == null ? null : sweep.metric().unavailableFor(data);
        Checks.require(unmeasured == null, "metric", unmeasured);
    }

    /** An experiment without provenance and with the default schedule, as written by hand. */
    public ExperimentConfig(
            String name,
            Long seed,
            DataConfig data,
            ModelConfig model,
            PluginSpec loss,
            PluginSpec optimizer,
            TrainingSection training,
            String output,
            List<String> plugins,
            SweepConfig sweep,
            Map<String, String> spark) {
        this(name, seed, data, model, loss, optimizer, null, training, output, plugins, sweep, spark, null, null);
    }

    /** This experiment without its sweep section: what one variant, or {@code train}, runs. */
    public ExperimentConfig withoutSweep() {
        return copy(name, plugins, null, provenance);
    }

    /** This experiment with other plugin jars or folders. */
    public ExperimentConfig withPlugins(List<String> jars) {
        return copy(name, jars, sweep, provenance);
    }

    /** This experiment under another name. */
    public ExperimentConfig named(String newName) {
        return copy(newName, plugins, sweep, provenance);
    }

    /** This experiment with what produced a run of it. */
    public ExperimentConfig withProvenance(RunProvenance record) {
        return copy(name, plugins, sweep, record);
    }

    /** This experiment with the components a copy may change replaced. */
    private ExperimentConfig copy(
            String newName, List<String> newPlugins, SweepConfig newSweep, RunProvenance newProvenance) {
        return new ExperimentConfig(
                newName,
                seed,
                data,
                model,
                loss,
                optimizer,
                schedule,
                training,
                output,
                newPlugins,
                newSweep,
                spark,
                precision,
                newProvenance);
    }
}
