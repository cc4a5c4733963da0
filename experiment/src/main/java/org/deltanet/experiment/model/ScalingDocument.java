package org.deltanet.experiment.model;

/**
 * A model's feature scaling as written in YAML: its method, with the offsets and scales in the
 * numbers file ({@code scaling.offset}, {@code scaling.scale}; version 3), or inline in files of
 * versions 1 and 2. Checked and turned into a {@link org.deltanet.data.FeatureScaling} by
 * {@link ModelMapping}.
 *
 * @param method the scaling method's label ({@code none}, {@code min-max}, {@code standardize})
 * @param offset the offsets inline, or null where the numbers file holds them
 * @param scale  the scales inline, or null where the numbers file holds them
 */
record ScalingDocument(String method, double[] offset, double[] scale) {}
