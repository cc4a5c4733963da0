/**
 * JMH benchmarks of deltanet's training speed: {@link org.deltanet.bench.TrainingBenchmark}
 * (samples per second on MNIST networks A and B), {@link org.deltanet.bench.TinyNetworkBenchmark}
 * (steps per second of the seed network and XOR), {@link org.deltanet.bench.KernelBenchmark}
 * (GFLOP/s of each kernel at the networks' shapes), and {@link org.deltanet.bench.SpeedTable},
 * which runs them all with the GC profiler and prints one table. Run through {@code bench/run};
 * {@code mvn verify} only compiles them.
 */
package org.deltanet.bench;
