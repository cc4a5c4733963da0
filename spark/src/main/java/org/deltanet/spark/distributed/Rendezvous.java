package org.deltanet.spark.distributed;

import java.io.Serializable;

/**
 * Where the workers' tasks reach the driver's {@link Coordinator}, and the secret they prove
 * themselves with: the driver's host as Spark's {@code spark.driver.host} names it, an ephemeral
 * port, and random bytes that only the run's tasks receive (inside their Spark task).
 *
 * @param host  the driver's host, as executors reach it
 * @param port  the coordinator's port
 * @param token the run's secret, which a task sends first
 */
record Rendezvous(String host, int port, byte[] token) implements Serializable {}
