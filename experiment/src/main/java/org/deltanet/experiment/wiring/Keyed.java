package org.deltanet.experiment.wiring;

import java.util.function.Supplier;
import org.deltanet.api.InvalidParameterException;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.registry.UnknownPluginException;

/** Runs a step of building an experiment and prefixes any argument error with the key it concerns. */
final class Keyed {

    private Keyed() {}

    /**
     * @throws ConfigException {@code key: message} when the step rejects its arguments (an unknown
     *         plugin, a parameter out of range, a masked weight that is not zero), carrying the key
     *         most precisely concerned: a plugin's {@code name}, the parameter, or {@code key} itself
     */
    static <T> T at(YamlPath key, Supplier<T> step) {
        try {
            return step.get();
        } catch (ConfigException e) {
            throw e;
        } catch (UnknownPluginException e) {
            throw new ConfigException(key.key("name"), key + ": " + e.getMessage(), e);
        } catch (InvalidParameterException e) {
            throw new ConfigException(key.key(e.parameter()), key + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, key + ": " + e.getMessage(), e);
        }
    }
}
