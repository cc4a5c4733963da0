package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertAllHold;
import static org.deltanet.testkit.PropertyAssertions.assertFalsified;
import static org.deltanet.testkit.PropertyAssertions.assertMentions;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.deltanet.api.Activation;
import org.junit.jupiter.api.Test;

class ActivationPropertiesTest {

    @Test
    void correctElementwiseActivationHoldsEveryProperty() {
        assertAllHold(ActivationProperties.of(new Logistic()));
    }

    @Test
    void correctSoftmaxHoldsEveryProperty() {
        assertAllHold(ActivationProperties.of(new RowSoftmax()));
    }

    @Test
    void wrongDerivativeFailsTheFiniteDifferenceCheck() {
        Activation derivativeA = new Logistic() {
            @Override
            public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
                for (int i = 0; i < rows * cols; i++) {
                    gradZ[i] = a[i] * gradA[i];
                }
            }
        };
        String report = assertFalsified(ActivationProperties.of(derivativeA), "vector-Jacobian product");
        assertMentions(report, "z=[", "dL/da=[", "at index ", "analytic ", "numeric ", "1e-5 + 1e-3 * |numeric|");
    }

    @Test
    void softmaxWithoutItsCrossTermsFailsTheFiniteDifferenceCheck() {
        Activation diagonalOnly = new RowSoftmax() {
            @Override
            public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
                for (int i = 0; i < rows * cols; i++) {
                    gradZ[i] = a[i] * (1.0 - a[i]) * gradA[i];
                }
            }
        };
        assertMentions(
                assertFalsified(ActivationProperties.of(diagonalOnly), "vector-Jacobian product"),
                "analytic ",
                "numeric ");
    }

    @Test
    void normalisingOverTheWholeBatchFailsRowIndependence() {
        Activation batchSoftmax = new RowSoftmax() {
            @Override
            public void forward(double[] z, double[] a, int rows, int cols) {
                super.forward(z, a, 1, rows * cols);
            }
        };
        assertMentions(
                assertFalsified(ActivationProperties.of(batchSoftmax), "rows are independent"),
                "forward of row ",
                "differs at index ");
    }

    @Test
    void zeroOverZeroFailsFiniteness() {
        Activation zeroOverZero = new Logistic() {
            @Override
            public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
                for (int i = 0; i < rows * cols; i++) {
                    gradZ[i] = a[i] * (1.0 - a[i]) * gradA[i] * z[i] / z[i];
                }
            }
        };
        assertMentions(
                assertFalsified(ActivationProperties.of(zeroOverZero), "finite"),
                "backward is NaN at index ",
                "z=[0.0");
    }

    @Test
    void usingTheInputAsScratchFailsInputsUnchanged() {
        Activation scratch = new Logistic() {
            @Override
            public void forward(double[] z, double[] a, int rows, int cols) {
                super.forward(z, a, rows, cols);
                System.arraycopy(a, 0, z, 0, rows * cols);
            }
        };
        assertMentions(
                assertFalsified(ActivationProperties.of(scratch), "inputs unchanged"),
                "z after forward differs at index ");
    }

    @Test
    void writingBeyondRowsTimesColsFailsTheLengthProperty() {
        Activation wholeBuffer = new Logistic() {
            @Override
            public void forward(double[] z, double[] a, int rows, int cols) {
                super.forward(z, a, 1, a.length);
            }
        };
        assertMentions(
                assertFalsified(ActivationProperties.of(wholeBuffer), "only the first rows * cols"),
                "forward wrote NaN to index ");
    }

    @Test
    void readingBeyondRowsTimesColsFailsTheLengthProperty() {
        Activation maxOverBuffer = new RowSoftmax() {
            @Override
            public void forward(double[] z, double[] a, int rows, int cols) {
                double max = Double.NEGATIVE_INFINITY;
                for (double value : z) {
                    max = Math.max(max, value);
                }
                for (int i = 0; i < rows * cols; i++) {
                    a[i] = z[i] - max;
                }
                super.forward(a, a, rows, cols);
            }
        };
        assertMentions(
                assertFalsified(ActivationProperties.of(maxOverBuffer), "only the first rows * cols"),
                "forward with longer arrays differs at index ",
                "got NaN");
    }

    @Test
    void netInputsKeepClearOfDeclaredKinks() {
        double[] kinks = {0.0, 0.5};
        Activation guarded = new Logistic() {
            @Override
            public double[] kinks() {
                return kinks.clone();
            }

            @Override
            public void forward(double[] z, double[] a, int rows, int cols) {
                for (int i = 0; i < rows * cols; i++) {
                    for (double kink : kinks) {
                        if (Math.abs(z[i] - kink) < 0.99 * ActivationProperties.KINK_CLEARANCE) {
                            throw new AssertionError("z = " + z[i] + " next to kink " + kink);
                        }
                    }
                }
                super.forward(z, a, rows, cols);
            }
        };
        assertAllHold(ActivationProperties.of(guarded));
    }

    @Test
    void kinksCloserThanTheClearanceAllowsAreRejected() {
        Activation crowded = new Logistic() {
            @Override
            public double[] kinks() {
                return new double[] {0.0, 0.003};
            }
        };
        assertThrows(IllegalArgumentException.class, () -> ActivationProperties.of(crowded));
    }
}
