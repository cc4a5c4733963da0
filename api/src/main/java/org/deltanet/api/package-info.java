/**
 * The deltanet service-provider interface: what a plugin author implements and nothing else.
 *
 * <p>Five kinds of plugin exist, each found by {@link java.util.ServiceLoader} and named in
 * experiment files by its {@linkplain org.deltanet.api.Plugin#name() stable lowercase name}, never by
 * a Java class name:
 * <ul>
 *   <li>{@link org.deltanet.api.Activation} (with the convenience base
 *       {@link org.deltanet.api.ElementwiseActivation}),</li>
 *   <li>{@link org.deltanet.api.Loss} (which may declare an {@link org.deltanet.api.OutputShortcut}),</li>
 *   <li>{@link org.deltanet.api.Optimizer} (configuration) with its runtime
 *       {@link org.deltanet.api.OptimizerState},</li>
 *   <li>{@link org.deltanet.api.WeightInitializer},</li>
 *   <li>{@link org.deltanet.api.Schedule}, the learning rate over a run, with its runtime
 *       {@link org.deltanet.api.ScheduleState} and the {@link org.deltanet.api.EpochOutcome} it
 *       may react to.</li>
 * </ul>
 *
 * <p>Any plugin may {@linkplain org.deltanet.api.Plugin#declinedLaws() decline} a general law of
 * the test kit that does not hold for it by design, saying why ({@link org.deltanet.api.DeclinedLaw}).
 *
 * <p><b>Data layout.</b> Every batch crosses this interface as a flat, row-major {@code double[]}:
 * row {@code r} holds example {@code r} of the mini-batch, column {@code c} one unit, so element
 * {@code (r, c)} is at index {@code r * cols + c}. Arrays may be longer than {@code rows * cols}
 * (the engine reuses buffers sized for its largest batch); only the first {@code rows * cols}
 * elements are read or written.
 *
 * <p>Plugins declare typed {@linkplain org.deltanet.api.ParameterSpec parameters} with defaults
 * and ranges; {@link org.deltanet.api.ParameterValues} carries validated values to
 * {@code configure}. This package depends on the JDK only.
 */
package org.deltanet.api;
