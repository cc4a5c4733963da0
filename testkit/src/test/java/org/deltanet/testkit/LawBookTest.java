package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.deltanet.api.DeclinedLaw;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginText;
import org.junit.jupiter.api.Test;

/** Declined laws are skipped with their reason and checked where they hold; binding ones cannot be declined. */
class LawBookTest {

    /** Gradient descent that also shrinks every weight by alpha * decay * w per step (decoupled decay). */
    private static final class Decaying implements Optimizer {
        private static final List<ParameterSpec> PARAMETERS = List.of(
                ParameterSpec.positive("learning-rate", 0.01, "step size"),
                ParameterSpec.real("decay", 0.5, 0.0, 1.0, "decoupled decay"));
        private final ParameterValues values;
        private final List<DeclinedLaw> declined;

        Decaying(double decay, List<DeclinedLaw> declined) {
            this(ParameterValues.builder(PARAMETERS).set("decay", decay).build(), declined);
        }

        private Decaying(ParameterValues values, List<DeclinedLaw> declined) {
            this.values = values;
            this.declined = declined;
        }

        @Override
        public String name() {
            return "decaying";
        }

        @Override
        public String description() {
            return "w <- w - alpha decay w - alpha g";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return PARAMETERS;
        }

        @Override
        public ParameterValues values() {
            return values;
        }

        @Override
        public List<DeclinedLaw> declinedLaws() {
            return values.real("decay") == 0.0 ? List.of() : declined;
        }

        @Override
        public double learningRate() {
            return values.real("learning-rate");
        }

        @Override
        public Optimizer configure(ParameterValues newValues) {
            return new Decaying(newValues, declined);
        }

        @Override
        public void update(String parameter, double[] w, double[] g, int length, OptimizerState state) {
            double alpha = learningRate();
            double keep = 1.0 - alpha * values.real("decay");
            for (int i = 0; i < length; i++) {
                w[i] = keep * w[i] - alpha * g[i];
            }
        }

        @Override
        public String toString() {
            return PluginText.describe(this);
        }
    }

    private static Optimizer decaying(List<DeclinedLaw> declined) {
        return new Decaying(0.5, declined);
    }

    @Test
    void aDeclinedLawIsSkippedWithItsReasonAndCheckedWhereItHolds() {
        DeclinedLaw law = new DeclinedLaw("zero-gradient", "a zero gradient still decays the weights", Map.of());
        List<Property> properties = OptimizerProperties.of(decaying(List.of(law)));
        List<Property> skipped = properties.stream().filter(Property::isSkipped).toList();
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).name().contains("a zero gradient leaves the parameters unchanged"));
        assertEquals("a zero gradient still decays the weights", skipped.get(0).skipReason());
        assertTrue(properties.stream().noneMatch(p -> p.name().contains("declined law")), "no stand-in without values");
        properties.stream()
                // a law the decay cannot break (it can break "the first step goes against the gradient")
                .filter(p -> !p.isSkipped() && p.name().contains("only the first length elements"))
                .forEach(p -> p.check().run());
    }

    @Test
    void theStandInIsTheSameLawOnThePluginConfiguredWhereItHolds() {
        DeclinedLaw law = new DeclinedLaw("zero-gradient", "decays", Map.of("decay", 0.0));
        List<Property> properties = OptimizerProperties.of(decaying(List.of(law)));
        List<Property> standIns = properties.stream()
                .filter(p -> p.name().contains("declined law 'zero-gradient'"))
                .toList();
        assertEquals(
                1,
                standIns.size(),
                () -> properties.stream().map(Property::name).toList().toString());
        assertTrue(standIns.get(0).name().contains("decay=0"), standIns.get(0).name());
        standIns.get(0).check().run();
    }

    @Test
    void withoutTheDeclinationTheDecayFailsTheZeroGradientLaw() {
        List<Property> properties = OptimizerProperties.of(decaying(List.of()));
        PropertyAssertions.assertFalsified(properties, "zero gradient");
    }

    @Test
    void anActivationCannotDeclineItsGradientCheck() {
        Logistic declining = new Logistic() {
            @Override
            public List<DeclinedLaw> declinedLaws() {
                return List.of(new DeclinedLaw("gradient", "approximate on purpose"));
            }
        };
        String message = assertThrows(LawRefusedException.class, () -> ActivationProperties.of(declining))
                .getMessage();
        assertMentions(message, "activation 'logistic' declines the law 'gradient'", "cannot be declined");
    }

    @Test
    void aLossCannotDeclineItsGradientCheck() {
        HalfSquaredError declining = new HalfSquaredError() {
            @Override
            public List<DeclinedLaw> declinedLaws() {
                return List.of(new DeclinedLaw("gradient", "approximate on purpose"));
            }
        };
        assertThrows(LawRefusedException.class, () -> LossProperties.of(declining, List.of()));
    }

    @Test
    void decliningALawTheKindDoesNotHaveIsRefused() {
        DeclinedLaw law = new DeclinedLaw("symmetry", "not symmetric");
        String message = assertThrows(LawRefusedException.class, () -> OptimizerProperties.of(decaying(List.of(law))))
                .getMessage();
        assertMentions(message, "'symmetry'", "the laws it may decline are descent, direction, zero-gradient");
    }

    @Test
    void holdingWithAnUnknownParameterIsRefused() {
        DeclinedLaw law = new DeclinedLaw("zero-gradient", "decays", Map.of("weight-decay", 0.0));
        assertThrows(LawRefusedException.class, () -> OptimizerProperties.of(decaying(List.of(law))));
    }

    @Test
    void aSkippedPropertyIsMarkedWithItsReason() {
        Property skipped = Property.skipped("x: law", "why");
        assertTrue(skipped.isSkipped());
        assertEquals("why", skipped.skipReason());
    }
}
