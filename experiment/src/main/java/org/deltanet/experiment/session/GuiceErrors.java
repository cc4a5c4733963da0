package org.deltanet.experiment.session;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.util.function.Supplier;

/**
 * Unwraps the exceptions Guice wraps around the ones our modules throw, so that the user sees
 * "unknown activation 'sigmod'" rather than Guice's report of where the provider was bound.
 */
final class GuiceErrors {

    private GuiceErrors() {
    }

    static <T> T unwrapped(Supplier<T> step) {
        try {
            return step.get();
        } catch (ProvisionException e) {
            throw cause(e, e.getErrorMessages());
        } catch (CreationException e) {
            throw cause(e, e.getErrorMessages());
        } catch (ConfigurationException e) {
            throw cause(e, e.getErrorMessages());
        }
    }

    private static RuntimeException cause(RuntimeException wrapper, Iterable<Message> messages) {
        for (Message message : messages) {
            Throwable cause = message.getCause();
            while (cause instanceof ProvisionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                return runtime;
            }
            if (cause instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        }
        return wrapper;
    }
}
