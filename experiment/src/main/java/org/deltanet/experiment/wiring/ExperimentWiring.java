package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.deltanet.api.Loss;
import org.deltanet.engine.metrics.TargetKind;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.DistributedConfig;
import org.deltanet.experiment.config.EarlyStoppingConfig;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.SweepConfig;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.rundir.EarlyStoppingListener;
import org.deltanet.rundir.StoppingMetric;

/**
 * The composition root of one experiment: one injector, built from fixed modules over what the
 * caller has already read (config, data, plugins, settings), asked once for the
 * {@link WiredExperiment}. The modules only construct (no I/O, no choices by config); a mistake found
 * while constructing reaches the caller as the exception that found it (e.g. a
 * {@link org.deltanet.experiment.config.ConfigException} naming the key), not wrapped by Guice.
 */
public final class ExperimentWiring {

    private ExperimentWiring() {}

    /**
     * @param config   the resolved experiment
     * @param plugins  the plugins available to it
     * @param settings where the run starts
     * @param data     the experiment's data, read by {@link ExperimentDataLoader}
     * @throws org.deltanet.experiment.config.ConfigException when a plugin, parameter or size is wrong
     */
    public static WiredExperiment wire(
            ExperimentConfig config, PluginResolver plugins, RunSettings settings, ExperimentData data) {
        List<Module> modules = new ArrayList<>(List.of(
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(ExperimentConfig.class).toInstance(config);
                        bind(PluginResolver.class).toInstance(plugins);
                        bind(RunSettings.class).toInstance(settings);
                        bind(ExperimentData.class).toInstance(data);
                    }
                },
                new NetworkModule(),
                new LossModule(),
                new OptimizerModule(),
                new TrainerModule(),
                new TrainingLoopModule()));
        for (WiringExtension extension :
                ServiceLoader.load(WiringExtension.class, ExperimentWiring.class.getClassLoader())) {
            modules.add(extension.module());
        }
        return unwrapped(() -> Guice.createInjector(Stage.DEVELOPMENT, modules).getInstance(WiredExperiment.class));
    }

    /**
     * Early stopping as the config asks for it, or empty.
     *
     * @throws org.deltanet.experiment.config.ConfigException at {@code training.early-stopping} when
     *         it watches validation metrics and the data has no validation set, or watches accuracy
     *         and the targets are numbers (which have no accuracy: metrics.csv records none)
     */
    public static Optional<EarlyStoppingListener> earlyStopping(ExperimentConfig config, WiredExperiment wired) {
        EarlyStoppingConfig stopping = config.training().earlyStopping();
        if (stopping == null) {
            return Optional.empty();
        }
        YamlPath key = YamlPath.root().key("training").key("early-stopping");
        if (stopping.metric() == StoppingMetric.VALIDATION_ACCURACY
                && TargetKind.of(wired.data().classes(), wired.loss()) == TargetKind.VALUES) {
            throw noAccuracy(key.key("metric"), "validation-loss");
        }
        return Optional.of(Keyed.at(
                key,
                () -> new EarlyStoppingListener(
                        stopping.metric(),
                        stopping.patience(),
                        stopping.minDelta(),
                        wired.data().validation() != null)));
    }

    /**
     * Resolves every plugin the experiment names (each layer's activation and initializer, the
     * loss, the optimizer and its schedule) without reading data or building the network: what a
     * sweep's driver checks of each variant before anything starts.
     *
     * @throws ConfigException at the key of the first plugin whose name or parameters are wrong,
     *         as {@code train} reports it
     */
    public static void checkPlugins(ExperimentConfig config, PluginResolver plugins) {
        YamlPath layers = YamlPath.root().key("model").key("layers");
        List<LayerConfig> configured =
                config.model() == null ? List.of() : config.model().layers();
        for (int i = 0; i < configured.size(); i++) {
            LayerConfig layer = configured.get(i);
            Keyed.at(layers.index(i).key("activation"), () -> plugins.activation(layer.activation()));
            if (layer.weights() == null) {
                Keyed.at(
                        layers.index(i).key("init"),
                        () -> plugins.initializer(
                                layer.init() != null
                                        ? layer.init()
                                        : config.model().init()));
            }
        }
        Keyed.at(YamlPath.root().key("loss"), () -> plugins.loss(config.loss()));
        Keyed.at(YamlPath.root().key("optimizer"), () -> plugins.optimizer(config.optimizer()));
        Keyed.at(YamlPath.root().key("schedule"), () -> plugins.schedule(config.schedule()));
    }

    /**
     * Refuses a sweep ranked by an accuracy when the targets are numbers: their runs record no
     * accuracy, so every variant would rank as NaN. Nothing to check without a sweep section.
     *
     * @param sweep   the experiment's {@code sweep} section, or null
     * @param classes the data's class names (empty for numeric targets)
     * @param loss    supplies the experiment's loss, asked for only when the data has no classes
     * @throws ConfigException at {@code sweep.metric}, naming the loss of the same data to rank by instead
     */
    public static void checkSweepMetric(SweepConfig sweep, List<String> classes, Supplier<Loss> loss) {
        if (sweep == null || !sweep.metric().largerIsBetter() || !classes.isEmpty()) {
            return;
        }
        if (TargetKind.of(classes, loss.get()) == TargetKind.VALUES) {
            throw noAccuracy(
                    YamlPath.root().key("sweep").key("metric"),
                    sweep.metric().sameDataLoss().label());
        }
    }

    /** The problem of an accuracy asked of numeric targets at {@code key}; {@code instead} is what to use. */
    private static ConfigException noAccuracy(YamlPath key, String instead) {
        return new ConfigException(
                key, key + ": numeric targets have no accuracy (their scores are MSE, MAE and R²); use " + instead);
    }

    /**
     * Refuses data-parallel training with more workers than a mini-batch has examples (each worker
     * takes a share of every mini-batch).
     *
     * @throws org.deltanet.experiment.config.ConfigException at {@code training.distributed.workers}
     */
    public static void checkWorkers(ExperimentConfig config, WiredExperiment wired) {
        DistributedConfig distributed = config.training().distributed();
        if (distributed == null) {
            return;
        }
        int batchSize = wired.training().batchSizeFor(wired.data().training().size());
        if (batchSize < distributed.workers()) {
            YamlPath key = YamlPath.root().key("training").key("distributed").key("workers");
            throw new ConfigException(
                    key,
                    key + ": " + distributed.workers() + " workers share each mini-batch of " + batchSize
                            + " examples; use at most " + batchSize + " workers or a larger batch-size");
        }
    }

    /** Runs a Guice step; what our modules threw comes out as it was thrown, not wrapped. */
    private static <T> T unwrapped(Supplier<T> step) {
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
