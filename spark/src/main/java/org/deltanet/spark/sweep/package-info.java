/**
 * Sweeps: the variants a {@code sweep} section describes ({@link org.deltanet.spark.sweep.SweepPlan}),
 * each trained by one Spark task ({@link org.deltanet.spark.sweep.VariantTask}) into its own run
 * directory under one sweep directory, then ranked ({@link org.deltanet.spark.sweep.SweepTable})
 * and charted ({@link org.deltanet.spark.sweep.SweepChart}) by
 * {@link org.deltanet.spark.sweep.SweepRunner}.
 */
package org.deltanet.spark.sweep;
