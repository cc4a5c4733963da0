/**
 * Trained models and training checkpoints on disk.
 *
 * <ul>
 *   <li>{@link org.deltanet.experiment.model.ModelFiles}: a {@link org.deltanet.experiment.model.Model}
 *       (network, loss, feature scaling, class names) as a human-readable YAML file that reads
 *       back bit for bit; every problem in a file is a
 *       {@link org.deltanet.experiment.model.ModelFileException} naming file, line and column.</li>
 *   <li>{@link org.deltanet.experiment.model.Checkpoints}: a
 *       {@link org.deltanet.experiment.model.Checkpoint} (model, completed epoch, optimizer state)
 *       from which training continues exactly.</li>
 * </ul>
 * Both are written with {@link org.deltanet.files.AtomicFiles}. The files are bound to package-private records with Jackson (see
 * {@link org.deltanet.experiment.yaml.YamlMappers}) and checked when turned into a network.
 */
package org.deltanet.experiment.model;
