/**
 * Data for experiments: reading examples from files into {@link org.deltanet.engine.data.Dataset}s,
 * and preparing them for training.
 *
 * <ul>
 *   <li>Sources, a plugin kind: a {@link org.deltanet.data.DataFormat} (found by
 *       {@link java.util.ServiceLoader}, listed by {@link org.deltanet.data.DataFormats}) names the
 *       {@link org.deltanet.data.DataSource} record an experiment's {@code type:} section is bound
 *       to. Built in: {@code csv} ({@link org.deltanet.data.csv}), {@code idx} (MNIST,
 *       {@link org.deltanet.data.idx}) and {@code xor} ({@link org.deltanet.data.xor}). Each reads
 *       {@link org.deltanet.data.LabeledData}: the examples and their class names.</li>
 *   <li>{@link org.deltanet.data.DataLocations}: a data file's value is a path or a URI; sources
 *       read local paths, {@code file:} URIs directly and other schemes through a
 *       {@link org.deltanet.data.RemoteFiles} (Hadoop's, from the {@code spark} module).</li>
 *   <li>{@link org.deltanet.data.ValidationSplit}: a seeded hold-out of part of the
 *       training set, as views over it.</li>
 *   <li>{@link org.deltanet.data.ScalingMethod} fits a
 *       {@link org.deltanet.data.FeatureScaling} on the training part, which is then
 *       applied identically to every other part and stored with the model.</li>
 * </ul>
 *
 * <p>The usual order: read, split, fit the scaling on the training part, apply it to all parts.
 * Every wrapper converts inside {@code gather} without allocating, so the steps compose over
 * compact datasets. A file that cannot be used is a {@link org.deltanet.data.DataException}
 * whose message names the file, line and column.
 */
package org.deltanet.data;
