/**
 * Wiring one experiment with Guice, at one composition root: {@link org.deltanet.experiment.wiring.ExperimentWiring}
 * builds one injector per experiment over what the caller has already read (config, data, plugins,
 * run settings) and asks it once for the {@link org.deltanet.experiment.wiring.WiredExperiment}.
 * The modules ({@link org.deltanet.experiment.wiring.NetworkModule},
 * {@link org.deltanet.experiment.wiring.LossModule},
 * {@link org.deltanet.experiment.wiring.OptimizerModule},
 * {@link org.deltanet.experiment.wiring.TrainerModule},
 * {@link org.deltanet.experiment.wiring.TrainingLoopModule}) only construct: no I/O, no files.
 * deltanet's own modules on the class path may add a {@link org.deltanet.experiment.wiring.WiringExtension}
 * (Spark's distributed training loop); plugin jars use {@link org.deltanet.experiment.extension}.
 */
package org.deltanet.experiment.wiring;
