package org.deltanet.spark.sweep;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.experiment.extension.RunInfo;

/**
 * A test extension that makes chosen variants fail as a broken executor or plugin would: by name,
 * on the first attempt only or on every attempt. Local mode runs tasks in the test's JVM, so the
 * plan is a static map; it is empty, and the extension does nothing, unless a test fills it.
 */
public final class FaultInjection implements ExperimentExtension {

    /** How a variant fails. */
    enum Fault {
        FIRST_ATTEMPT,
        EVERY_ATTEMPT,
        /** An {@link OutOfMemoryError} on every attempt, as a heap too small for the variant gives. */
        OUT_OF_MEMORY
    }

    static final Map<String, Fault> PLAN = new ConcurrentHashMap<>();
    /** Per variant, the highest attempt number seen (0 for the first). */
    static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();

    @Override
    public List<TrainingListener> listeners(RunInfo run) {
        return List.of(new Saboteur(run.experiment()));
    }

    /** Throws when training starts, if the plan says so. */
    static final class Saboteur implements TrainingListener {
        private final String variant;

        Saboteur(String variant) {
            this.variant = variant;
        }

        @Override
        public void onStart(int firstEpoch, int epochs, int batchesPerEpoch) {
            Fault fault = PLAN.get(variant);
            TaskContext task = TaskContext.get();
            if (fault == null || task == null) {
                return;
            }
            ATTEMPTS.merge(variant, task.attemptNumber(), Math::max);
            if (fault == Fault.OUT_OF_MEMORY) {
                throw new OutOfMemoryError("Java heap space (simulated in " + variant + ")");
            }
            if (fault == Fault.EVERY_ATTEMPT || task.attemptNumber() == 0) {
                throw new IllegalStateException("simulated fault in " + variant + ", attempt " + task.attemptNumber());
            }
        }
    }
}
