/**
 * The built-in learning-rate schedules: {@code constant} (the default), {@code step},
 * {@code exponential}, {@code cosine} (with optional linear warm-up), {@code linear-warmup} and
 * {@code reduce-on-plateau}.
 *
 * <p>Each scales the optimizer's configured {@code learning-rate} (the base rate) and declares
 * whether it is asked per step or per epoch. Only {@code reduce-on-plateau} keeps state, in the
 * run's {@link org.deltanet.api.ScheduleState}. Every one passes
 * {@code org.deltanet.testkit.ScheduleContract}.
 */
package org.deltanet.plugins.schedule;
