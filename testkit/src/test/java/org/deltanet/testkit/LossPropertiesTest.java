package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertAllHold;
import static org.deltanet.testkit.PropertyAssertions.assertFalsified;
import static org.deltanet.testkit.PropertyAssertions.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.junit.jupiter.api.Test;

class LossPropertiesTest {

    private static final Activation IDENTITY = new ElementwiseActivation() {
        @Override
        public String name() {
            return "identity";
        }

        @Override
        public String description() {
            return "z";
        }

        @Override
        public double value(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0;
        }
    };

    private static final List<Activation> CANDIDATES = List.of(IDENTITY, new Logistic());

    private static List<Property> properties(Loss loss) {
        return LossProperties.of(loss, Domain.REAL, Domain.REAL, CANDIDATES);
    }

    @Test
    void correctLossHoldsEveryPropertyIncludingItsShortcut() {
        List<Property> properties = properties(new HalfSquaredError());
        assertEquals(
                3,
                properties.stream()
                        .filter(p -> p.name().contains("shortcut after identity"))
                        .count());
        assertEquals(
                0,
                properties.stream()
                        .filter(p -> p.name().contains("shortcut after logistic"))
                        .count());
        assertAllHold(properties);
    }

    @Test
    void gradientOffByAFactorFailsTheFiniteDifferenceCheck() {
        Loss doubled = new HalfSquaredError() {
            @Override
            public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
                super.gradient(output, target, gradient, rows, cols);
                for (int i = 0; i < rows * cols; i++) {
                    gradient[i] *= 2.0;
                }
            }
        };
        assertMentions(
                assertFalsified(properties(doubled), "gradient / rows is the derivative"),
                "o=[",
                "y=[",
                "at index ",
                "analytic ",
                "numeric ");
    }

    @Test
    void summingInsteadOfAveragingFailsTheMeanProperty() {
        Loss summed = new HalfSquaredError() {
            @Override
            public double value(double[] output, double[] target, int rows, int cols) {
                return super.value(output, target, rows, cols) * rows;
            }
        };
        assertMentions(assertFalsified(properties(summed), "mean of the rows"), "rows=", "analytic ", "numeric ");
    }

    @Test
    void writingBeyondRowsTimesColsFailsTheLengthProperty() {
        Loss wholeBuffer = new HalfSquaredError() {
            @Override
            public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
                super.gradient(output, target, gradient, 1, gradient.length);
            }
        };
        assertMentions(
                assertFalsified(properties(wholeBuffer), "only the first rows * cols"), "gradient wrote NaN to index ");
    }

    @Test
    void shortcutDeltaOffByAFactorFailsTheCompositionAndTheDerivative() {
        Loss badDelta = shortcutOverriding(new OutputShortcut() {
            @Override
            public void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
                for (int i = 0; i < rows * cols; i++) {
                    delta[i] = 2.0 * (a[i] - target[i]);
                }
            }

            @Override
            public double value(double[] z, double[] a, double[] target, int rows, int cols) {
                return new HalfSquaredError().value(a, target, rows, cols);
            }
        });
        assertMentions(
                assertFalsified(properties(badDelta), "delta equals backward of the loss gradient"),
                "z=[",
                "shortcut delta (analytic) vs. backward(z, a, gradient(a, y)) (numeric) at index ");
        assertMentions(
                assertFalsified(properties(badDelta), "delta is rows times the derivative"),
                "shortcut delta vs. rows * d(shortcut value)/dz at index ");
    }

    @Test
    void shortcutValueThatDisagreesFailsTheValueProperty() {
        Loss badValue = shortcutOverriding(new OutputShortcut() {
            @Override
            public void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
                new HalfSquaredError().new IdentityShortcut().delta(z, a, target, delta, rows, cols);
            }

            @Override
            public double value(double[] z, double[] a, double[] target, int rows, int cols) {
                return 2.0 * new HalfSquaredError().value(a, target, rows, cols);
            }
        });
        assertMentions(
                assertFalsified(properties(badValue), "value equals the loss value"),
                "shortcut value (analytic) vs. loss value (numeric)");
    }

    private static Loss shortcutOverriding(OutputShortcut shortcut) {
        return new HalfSquaredError() {
            @Override
            public Optional<OutputShortcut> shortcutFor(Activation outputActivation) {
                return super.shortcutFor(outputActivation).map(correct -> shortcut);
            }
        };
    }
}
