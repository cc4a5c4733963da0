/**
 * Trained models and training checkpoints on disk.
 *
 * <ul>
 *   <li>{@link org.deltanet.experiment.model.ModelFiles}: a {@link org.deltanet.experiment.model.Model}
 *       (network, loss, feature scaling, class names) as a human-readable YAML document with its
 *       numbers in a NumPy {@code .npz} file beside it ({@code NumpyArchive}),
 *       read back bit for bit; every problem in a file is a
 *       {@link org.deltanet.experiment.model.ModelFileException} naming file, line and column.</li>
 *   <li>{@link org.deltanet.experiment.model.Checkpoints}: a
 *       {@link org.deltanet.experiment.model.Checkpoint} (model, completed epoch, optimizer state)
 *       from which training continues exactly.</li>
 * </ul>
 * {@link org.deltanet.experiment.model.LayerMapping} is the one parser of the layer schema
 * ({@link org.deltanet.experiment.config.LayerConfig}) that experiments and model files share.
 * Both files are written with {@link org.deltanet.files.AtomicFiles}, numbers first. The files are bound to package-private records with Jackson (see
 * {@link org.deltanet.experiment.yaml.YamlMappers}) and checked when turned into a network.
 */
package org.deltanet.experiment.model;
