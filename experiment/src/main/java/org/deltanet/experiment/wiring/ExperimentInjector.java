package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.rundir.RunDirectory;

/** Builds the one injector of one experiment from modules derived from its config. */
public final class ExperimentInjector {

    private ExperimentInjector() {
    }

    /**
     * @param config   the resolved experiment
     * @param plugins  the plugins available to it
     * @param settings where the run starts and prints
     * @param run      gives the run directory when a listener first needs it, so that a config
     *                 that fails to wire leaves no directory behind
     * @param loaders  the class loaders searched for {@link ExperimentExtension}s
     */
    public static Injector create(ExperimentConfig config, PluginResolver plugins, RunSettings settings,
                                  Provider<RunDirectory> run, List<ClassLoader> loaders) {
        List<Module> modules = new ArrayList<>(List.of(
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(ExperimentConfig.class).toInstance(config);
                        bind(PluginResolver.class).toInstance(plugins);
                        bind(RunSettings.class).toInstance(settings);
                        bind(RunDirectory.class).toProvider(run).in(Singleton.class);
                    }
                },
                new DataModule(), new NetworkModule(), new LossModule(), new OptimizerModule(),
                new TrainerModule(), new TrainingLoopModule(), new ListenerModule()));
        if (config.training().checkpointEvery() > 0) {
            modules.add(new CheckpointModule(config.training().checkpointEvery(), config.training().keepLast()));
        }
        if (config.training().earlyStopping() != null) {
            modules.add(new EarlyStoppingModule(config.training().earlyStopping()));
        }
        modules.addAll(extensions(loaders));
        return Guice.createInjector(Stage.DEVELOPMENT, modules);
    }

    private static List<Module> extensions(List<ClassLoader> loaders) {
        List<Module> modules = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (ClassLoader loader : loaders) {
            for (ExperimentExtension extension : ServiceLoader.load(ExperimentExtension.class, loader)) {
                if (seen.add(extension.getClass())) {
                    modules.add(extension.module());
                }
            }
        }
        return modules;
    }
}
