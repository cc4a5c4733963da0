package org.deltanet.experiment.wiring;

import java.util.function.Supplier;
import org.deltanet.experiment.config.ConfigException;

/** Runs a step of building an experiment and prefixes any argument error with the key it concerns. */
final class Keyed {

    private Keyed() {
    }

    /**
     * @throws ConfigException {@code key: message} when the step rejects its arguments (an unknown
     *         plugin, a parameter out of range, a masked weight that is not zero)
     */
    static <T> T at(String key, Supplier<T> step) {
        try {
            return step.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": " + e.getMessage(), e);
        }
    }
}
