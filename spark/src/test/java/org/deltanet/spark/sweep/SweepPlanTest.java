package org.deltanet.spark.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.SweepConfig;
import org.junit.jupiter.api.Test;

/** The variants of grid and random sweep sections, read as the experiment loader reads them. */
class SweepPlanTest {

    private static final String BASE =
            """
            data: { training: { type: xor } }
            model: { layers: [ { units: 1, activation: sigmoid } ] }
            loss: binary-cross-entropy
            optimizer: sgd
            """;

    @Test
    void gridListsEveryCombinationLastKeyFastestAsOverrides() {
        List<Variant> variants = plan(
                """
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.1, 0.01]
                    model.layers[0].activation: [sigmoid, tanh, relu]
                  metric: training-loss
                """);

        assertEquals(6, variants.size());
        assertEquals(
                List.of("optimizer.learning-rate=0.1", "model.layers[0].activation=\"tanh\""),
                variants.get(1).overrides());
        assertEquals("relu", variants.get(5).text("model.layers[0].activation"));
        assertEquals("iris-06", variants.get(5).name("iris", 6));
    }

    @Test
    void randomDrawsDistinctCombinationsReproduciblyBySeed() {
        String sweep =
                """
                sweep:
                  method: random
                  samples: 5
                  seed: 42
                  parameters:
                    optimizer.learning-rate: [1, 2, 3]
                    model.layers[0].units: [1, 2, 3]
                  metric: training-loss
                """;
        List<Variant> first = plan(sweep);

        assertEquals(5, first.size());
        assertEquals(5, new HashSet<>(first.stream().map(Variant::values).toList()).size());
        assertEquals(first, plan(sweep));
        assertEquals(9, plan(sweep.replace("samples: 5", "samples: 50")).size());
    }

    @Test
    void aMetricTheDataCannotMeasureIsAConfigError() {
        ConfigException error = assertThrows(
                ConfigException.class,
                () -> plan("""
                sweep: { parameters: { seed: [1, 2] } }
                """));
        assertTrue(error.getMessage().contains("validation-split"), error.getMessage());
    }

    private static List<Variant> plan(String sweep) {
        ExperimentConfig config = new ExperimentLoader().parse(BASE + sweep, "sweep.yaml");
        SweepConfig section = config.sweep();
        return SweepPlan.of(section, config.seed());
    }
}
