package org.deltanet.spark;

/**
 * The Spark cluster failed the work, not deltanet or its input: the master cannot be reached or
 * refuses the connection, no executor registered in time, or the application was stopped while it
 * ran (the Master killed it, or it lost every executor). The message is one line saying what
 * happened and what to check; the command exits with its own code (README lists it).
 */
public final class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
