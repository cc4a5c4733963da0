package org.deltanet.spark;

import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/**
 * The Spark cluster failed the work, not deltanet or its input: the master cannot be reached or
 * refuses the connection, no executor registered in time, or the application was stopped while it
 * ran (the Master killed it, or it lost every executor). The message is one line saying what
 * happened and what to check; the command exits with its own code (README lists it).
 */
public final class ClusterException extends DeltanetException {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(ErrorCategory.CLUSTER, message);
    }

    public ClusterException(String message, Throwable cause) {
        super(ErrorCategory.CLUSTER, message, cause);
    }
}
