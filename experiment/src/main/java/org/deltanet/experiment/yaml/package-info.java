/**
 * YAML as deltanet's files use it: {@link org.deltanet.experiment.yaml.YamlMappers} makes the
 * strict, kebab-case Jackson mapper that binds files to records and writes numbers in full
 * precision with matrix rows on one line each; {@link org.deltanet.experiment.yaml.TreeCheck}
 * binds a document after checking its parsed tree against the records (unknown and missing keys,
 * values of the wrong kind); {@link org.deltanet.experiment.yaml.YamlErrors} turns what it and
 * Jackson throw into one readable line with file, line and column
 * ({@code model.yaml:7:3: unknown key 'unit' in layers[0]; did you mean 'units'?}), and locates
 * a {@link org.deltanet.experiment.yaml.YamlPath} in a file for errors found after binding.
 *
 * <p>Shared by the model and checkpoint files ({@code org.deltanet.experiment.model}) and the
 * experiment file ({@code org.deltanet.experiment.config}).
 */
package org.deltanet.experiment.yaml;
