package org.deltanet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConfiguredPluginTest {

    private static final ParameterSpec VALUE = ParameterSpec.real("value", 2.0, -10.0, 10.0, "every weight");

    /** A one-parameter plugin written the documented way. */
    static final class Fill extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {
        final double value = values().real(VALUE);

        Fill() {
            super("fill", "w = value", Fill::new, VALUE);
        }

        @Override
        public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
            java.util.Arrays.fill(weights, 0, fanOut * fanIn, value);
        }
    }

    /** Configures a {@link Fill} with its own value negated while it is being made, as AdamW makes its Adam. */
    static final class Mirror extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {
        final Fill inner = (Fill) new Fill().configure(with(-values().real(VALUE)));

        Mirror() {
            super("mirror", "w = -value", Mirror::new, VALUE);
        }

        @Override
        public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
            inner.initialize(weights, fanOut, fanIn, random);
        }
    }

    /** Its factory makes a plugin of another class: a mistake configure must report. */
    static final class Stray extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {
        Stray() {
            super("stray", "w = value", Fill::new, VALUE);
        }

        @Override
        public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {}
    }

    private static ParameterValues with(double value) {
        return ParameterValues.builder(List.of(VALUE)).set("value", value).build();
    }

    @Test
    void theNoArgumentConstructorGivesTheDefaultsAndTheGivenNameAndDescription() {
        Fill fill = new Fill();
        assertEquals("fill", fill.name());
        assertEquals("w = value", fill.description());
        assertEquals(List.of(VALUE), fill.parameters());
        assertEquals(2.0, fill.value);
        assertEquals("fill(value=2)", fill.toString());
    }

    @Test
    void configureMakesAnotherInstanceThroughTheSameConstructorWithTheValues() {
        Fill defaults = new Fill();
        Fill configured = (Fill) defaults.configure(with(-3.5));
        assertEquals(-3.5, configured.value);
        assertEquals("fill(value=-3.5)", configured.toString());
        assertEquals(2.0, defaults.value);
        assertEquals(2.0, new Fill().value, "the values are handed to one constructor only");
    }

    @Test
    void aPluginConfiguredWhileAnotherIsMadeGetsItsOwnValues() {
        Mirror mirror = (Mirror) new Mirror().configure(with(4.0));
        assertEquals(4.0, mirror.values().real(VALUE));
        assertEquals(-4.0, mirror.inner.value);
        assertEquals(-2.0, new Mirror().inner.value);
    }

    @Test
    void aFactoryThatMakesAnotherClassIsReportedAndLeavesNothingBehind() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new Stray().configure(with(1.0)));
        assertEquals(
                "the factory given to " + Stray.class.getName()
                        + "'s constructor must make it through its own no-argument constructor",
                error.getMessage());
        assertEquals(2.0, new Fill().value);
        assertEquals(2.0, new Stray().values().real(VALUE));
    }

    @Test
    void eachThreadHandsItsOwnValues() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> made = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> ((Fill) new Fill().configure(with(i / 20.0))).value))
                    .toList();
            for (int i = 0; i < made.size(); i++) {
                assertEquals(i / 20.0, made.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutParametersConfigureReturnsThePluginItself() {
        WeightInitializer zero = new Zero();
        assertSame(zero, zero.configure(ParameterValues.defaults()));
        assertEquals("zero", zero.toString());
        assertEquals(List.of(), zero.parameters());
    }

    @Test
    void aPluginThatNeitherPassesNorOverridesItsNameIsToldWhich() {
        ConfiguredPlugin<WeightInitializer> nameless = new ConfiguredPlugin<>() {};
        IllegalStateException error = assertThrows(IllegalStateException.class, nameless::name);
        assertEquals(
                nameless.getClass().getName()
                        + " passes no name to ConfiguredPlugin's constructor and does not override name()",
                error.getMessage());
    }

    private static final class Zero extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {
        Zero() {
            super("zero", "w = 0");
        }

        @Override
        public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {}
    }
}
