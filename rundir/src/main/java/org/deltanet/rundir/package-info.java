/**
 * Everything one training run leaves on disk and on the terminal.
 *
 * <ul>
 *   <li>{@link org.deltanet.rundir.RunDirectory}: a fresh, never reused directory per run
 *       with a {@code STATUS} marker ({@link org.deltanet.rundir.RunStatus}) that says
 *       {@code complete} only once the run has finished and every file is written;</li>
 *   <li>{@link org.deltanet.rundir.MetricsCsvListener}: one row per epoch in
 *       {@code metrics.csv}, kept in memory as a {@link org.deltanet.rundir.MetricsHistory}
 *       for {@link org.deltanet.rundir.MetricsCharts};</li>
 *   <li>{@link org.deltanet.rundir.ProgressListener}: a redrawn bar on a terminal, one
 *       plain line per epoch elsewhere;</li>
 *   <li>{@link org.deltanet.rundir.EarlyStoppingListener}: stops when a
 *       {@link org.deltanet.rundir.StoppingMetric} stops improving;</li>
 *   <li>{@link org.deltanet.rundir.SummaryWriter}: {@code summary.txt} from a
 *       {@link org.deltanet.rundir.RunSummary}.</li>
 * </ul>
 *
 * <p>Files that are rewritten (status, charts, summary) are replaced atomically, so a reader never
 * sees half a file. Listeners run on the training thread; none of them allocates per step.
 */
package org.deltanet.rundir;
