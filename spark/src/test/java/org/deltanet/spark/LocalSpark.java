package org.deltanet.spark;

import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one SparkContext of the test JVM, shared by every test class (Spark takes seconds to start):
 * two local cores, a failed task tried twice, no web UI. Spark's shutdown hook stops it.
 */
public final class LocalSpark {

    /** Two threads, each task tried at most twice. */
    public static final String MASTER = "local[2,2]";

    private LocalSpark() {}

    /** The context, started on first use as every command starts it, with the tests' settings. */
    public static synchronized JavaSparkContext context() {
        System.setProperty("spark.ui.enabled", "false");
        SparkContexts.useCommandLine(MASTER, java.util.List.of());
        return SparkContexts.getOrCreate(java.util.Map.of());
    }

    /** An example data file of the repository, e.g. {@code iris-train.csv}. */
    public static Path exampleData(String name) {
        return Path.of("..", "examples", "data", name).toAbsolutePath().normalize();
    }

    /**
     * The Iris experiment of {@code examples/iris.yaml}, smaller, as YAML.
     *
     * @param epochs   epochs to train
     * @param training extra keys of the training section, e.g. {@code "distributed: { workers: 2 }"}
     * @param rest     further top-level sections, e.g. a sweep
     */
    public static String iris(int epochs, String training, String rest) {
        return """
                name: iris
                seed: 1
                data:
                  training: { type: csv, file: '%s', label: species }
                  test: { type: csv, file: '%s', label: species }
                  scaling: standardize
                  validation-split: 0.2
                model:
                  layers:
                    - { units: 8, activation: tanh }
                    - { units: 3, activation: softmax }
                loss: cross-entropy
                optimizer: { name: adam, learning-rate: 0.01 }
                training:
                  batch-size: 16
                  epochs: %d
                  checkpoint-every: 0
                  %s
                %s
                """
                .formatted(exampleData("iris-train.csv"), exampleData("iris-test.csv"), epochs, training, rest);
    }
}
