/**
 * Everything one training run leaves on disk and on the terminal.
 *
 * <ul>
 *   <li>{@link org.deltanet.experiment.run.RunDirectory}: a fresh, never reused directory per run
 *       with a {@code STATUS} marker ({@link org.deltanet.experiment.run.RunStatus}) that says
 *       {@code complete} only once the run has finished and every file is written;</li>
 *   <li>{@link org.deltanet.experiment.run.MetricsCsvListener}: one row per epoch in
 *       {@code metrics.csv}, kept in memory as a {@link org.deltanet.experiment.run.MetricsHistory}
 *       for {@link org.deltanet.experiment.run.MetricsCharts};</li>
 *   <li>{@link org.deltanet.experiment.run.ProgressListener}: a redrawn bar on a terminal, one
 *       plain line per epoch elsewhere;</li>
 *   <li>{@link org.deltanet.experiment.run.EarlyStoppingListener}: stops when a
 *       {@link org.deltanet.experiment.run.StoppingMetric} stops improving;</li>
 *   <li>{@link org.deltanet.experiment.run.SummaryWriter}: {@code summary.txt} from a
 *       {@link org.deltanet.experiment.run.RunSummary}.</li>
 * </ul>
 *
 * <p>Files that are rewritten (status, charts, summary) are replaced atomically, so a reader never
 * sees half a file. Listeners run on the training thread; none of them allocates per step.
 */
package org.deltanet.experiment.run;
