/**
 * Running experiments end to end: {@link org.deltanet.experiment.session.ExperimentRunner}
 * validates a config, trains it into a fresh run directory (resolved config, metrics, checkpoints,
 * model, charts, summary, status) or resumes an interrupted run from its newest checkpoint; a run
 * that fails is marked failed, never left looking complete.
 */
package org.deltanet.experiment.session;
