package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.deltanet.engine.train.TrainingMode;

/** The training mode as written in experiment files. */
public enum Mode {
    @JsonProperty("batch")
    BATCH(TrainingMode.BATCH),
    @JsonProperty("stochastic")
    STOCHASTIC(TrainingMode.STOCHASTIC),
    @JsonProperty("mini-batch")
    MINI_BATCH(TrainingMode.MINI_BATCH);

    private final TrainingMode engineMode;

    Mode(TrainingMode engineMode) {
        this.engineMode = engineMode;
    }

    public TrainingMode engineMode() {
        return engineMode;
    }
}
