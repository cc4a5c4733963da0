/**
 * Wiring one experiment with Guice: one injector per experiment, built from modules derived from
 * the config ({@link org.deltanet.experiment.wiring.DataModule},
 * {@link org.deltanet.experiment.wiring.NetworkModule},
 * {@link org.deltanet.experiment.wiring.LossModule},
 * {@link org.deltanet.experiment.wiring.OptimizerModule},
 * {@link org.deltanet.experiment.wiring.TrainerModule},
 * {@link org.deltanet.experiment.wiring.ListenerModule}) plus any
 * {@link org.deltanet.experiment.wiring.ExperimentExtension} a plugin jar contributes.
 */
package org.deltanet.experiment.wiring;
