/**
 * {@code deltanet explain}: a few training steps of an experiment written out in the seed
 * article's notation. {@link org.deltanet.cli.explain.Derivation} runs the steps and keeps every
 * number ({@link org.deltanet.cli.explain.StepRecord}); {@link org.deltanet.cli.explain.Explanation}
 * turns them into a {@link org.deltanet.cli.explain.Document} of headings, lines and tables that
 * {@link org.deltanet.cli.explain.Format} prints as aligned text or markdown.
 */
package org.deltanet.cli.explain;
