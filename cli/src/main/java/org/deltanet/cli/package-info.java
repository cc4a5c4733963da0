/**
 * The {@code deltanet} command line (picocli): {@link org.deltanet.cli.Main} and one class per
 * subcommand. Errors are reported by {@link org.deltanet.cli.ErrorReporter} as one message with a
 * documented {@link org.deltanet.cli.ExitCode}; stack traces only with {@code --debug}.
 */
package org.deltanet.cli;
