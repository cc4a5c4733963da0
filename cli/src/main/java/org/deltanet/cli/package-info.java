/**
 * The {@code deltanet} command line (picocli): {@link org.deltanet.cli.Main} and one class per
 * subcommand. Errors are reported by {@link org.deltanet.cli.ErrorReporter} as one message with a
 * documented {@link org.deltanet.cli.ExitCode}; stack traces only with {@code --debug}.
 *
 * <p>Commands that use plugins take {@code --plugins} and {@code --prefer}
 * ({@link org.deltanet.cli.PluginOptions}) and load the jars in {@code ./plugins}. {@code verify}
 * runs the test kit's contracts against plugin jars ({@link org.deltanet.cli.PluginContracts})
 * and prints them through
 * {@link org.deltanet.cli.PropertyReport}.
 */
package org.deltanet.cli;
