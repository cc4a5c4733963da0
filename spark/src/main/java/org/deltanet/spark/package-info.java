/**
 * deltanet on Apache Spark: the process's one {@link org.apache.spark.api.java.JavaSparkContext}
 * ({@link org.deltanet.spark.SparkContexts}) and the jars shipped to its executors
 * ({@link org.deltanet.spark.PluginJars}), and data files named by Hadoop URIs
 * ({@link org.deltanet.spark.HadoopFiles}). Sweeps are in {@code sweep}, data-parallel training in
 * {@code distributed}.
 */
package org.deltanet.spark;
