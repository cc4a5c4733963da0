/**
 * An {@link org.deltanet.engine.train.Evaluation} for people and programs: a readable table
 * ({@link org.deltanet.rundir.scores.ScoresTable}), JSON ({@link org.deltanet.rundir.scores.ScoresJson},
 * a run's {@code evaluation.json}), tidy CSV ({@link org.deltanet.rundir.scores.ScoresCsv}) and a
 * classification's {@code confusion.png} ({@link org.deltanet.rundir.scores.ConfusionChart}).
 */
package org.deltanet.rundir.scores;
