package org.deltanet.experiment.extension;

import java.util.List;
import org.deltanet.engine.train.TrainingListener;

/**
 * What an extension jar adds to every training run: {@link TrainingListener}s, e.g. one that
 * posts a message when training ends or logs each epoch to a tracking service.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.deltanet.experiment.extension.ExperimentExtension} of the jar and give
 * it a public no-argument constructor. Such a jar is an <em>extension jar</em>: its class loader
 * sees the JDK, {@code org.deltanet.api}, the listener types of {@code org.deltanet.engine.train}
 * ({@link TrainingListener}, {@code EpochReport}, {@code Metrics}) and this package; nothing else
 * of deltanet and none of its libraries.
 *
 * <p>Example:
 * <pre>{@code
 * public final class EpochLog implements ExperimentExtension {
 *     public List<TrainingListener> listeners(RunInfo run) {
 *         Path log = run.directory().resolve("epochs.log");
 *         return List.of(new TrainingListener() {
 *             public boolean onEpochEnd(EpochReport report) {
 *                 append(log, run.experiment() + " epoch " + report.epoch());
 *                 return true;
 *             }
 *         });
 *     }
 * }
 * }</pre>
 *
 * <p>Listeners run on the training thread after deltanet's own (metrics, checkpoints, early
 * stopping, progress), in the order the extensions are found; returning {@code false} from
 * {@code onEpochEnd} stops training early. An exception from a listener fails the run, naming the jar.
 */
public interface ExperimentExtension {

    /**
     * The listeners for one run; called once per run, before training starts.
     *
     * @param run what the run offers: its name, seed, epochs, network size and directory
     * @return the listeners to add, empty for none
     */
    List<TrainingListener> listeners(RunInfo run);
}
