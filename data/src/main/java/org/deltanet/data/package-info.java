/**
 * Data for experiments: reading examples from files into {@link org.deltanet.engine.data.Dataset}s,
 * and preparing them for training.
 *
 * <ul>
 *   <li>Sources: {@link org.deltanet.data.csv.CsvSource} (a CSV file with a header row,
 *       one-hot or numeric labels), {@link org.deltanet.data.idx.MnistSource} (IDX image and
 *       label files, kept one byte per pixel) and {@link org.deltanet.data.BuiltInData}
 *       ({@code xor}). Each gives {@link org.deltanet.data.LabeledData}: the examples and
 *       their class names.</li>
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

