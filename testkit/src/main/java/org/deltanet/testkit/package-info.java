/**
 * The deltanet test kit: property-based contracts that every plugin, built-in or third-party,
 * must pass.
 *
 * <p><b>What is checked.</b> {@link org.deltanet.testkit.ActivationProperties},
 * {@link org.deltanet.testkit.LossProperties} and {@link org.deltanet.testkit.OptimizerProperties}
 * turn a plugin into a list of {@link org.deltanet.testkit.Property properties}: gradients against
 * {@linkplain org.deltanet.testkit.FiniteDifferences central differences} within the fixed
 * {@link org.deltanet.testkit.Tolerance} {@code |analytic - numeric| <= 1e-5 + 1e-3 |numeric|},
 * independence of rows, respect for array lengths, descent, snapshot and restore, and the
 * parameter round trip. Each property is generated with QuickTheories over at least
 * {@value org.deltanet.testkit.Property#MINIMUM_CASES} cases, and failures are shrunk to a small
 * batch.
 *
 * <p><b>Using it.</b> In JUnit 5, extend {@link org.deltanet.testkit.ActivationContract},
 * {@link org.deltanet.testkit.LossContract} or {@link org.deltanet.testkit.OptimizerContract} and
 * return the plugin:
 * <pre>{@code
 * class SwishContractTest extends ActivationContract {
 *     protected Activation activation() { return new Swish(); }
 * }
 * }</pre>
 * Without JUnit, run {@code property.check().run()} for each property and catch
 * {@link java.lang.AssertionError}.
 *
 * <p><b>Reading and replaying a failure.</b> The message of the {@code AssertionError} names the
 * property, the smallest failing case (every input array, printed exactly), the problem (for
 * gradients: the index with row and column, the analytic and the numeric value and the tolerance)
 * and the seed:
 * <pre>
 * Property 'sigmoid: backward is the vector-Jacobian product of forward' falsified after 1 case(s); seed 123 (replay with -DQT_SEED=123)
 * Smallest failing case: rows=1, cols=1, z=[0.0], dL/da=[1.0]
 * Problem: dL/dz = backward(z, f(z), dL/da) at index 0 (row 0, col 0): analytic 0.5, numeric 0.25, ...
 * </pre>
 * Replay it with the same seed, which regenerates the same cases and repeats the same shrinking:
 * {@code mvn -pl plugins test -Dtest=SigmoidContractTest -DQT_SEED=123} (Maven passes {@code -D}
 * properties on to the tests), or {@code System.setProperty("QT_SEED", "123")} before
 * {@code check().run()}. {@code QT_EXAMPLES} raises the number of cases (it never lowers it below
 * the minimum) and {@code QT_SHRINKS} the number of shrink attempts.
 */
package org.deltanet.testkit;
