package org.deltanet.spark.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.deltanet.data.DataException;
import org.deltanet.data.DataSource;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.wiring.ExperimentData;
import org.deltanet.experiment.wiring.ExperimentDataLoader;
import org.deltanet.experiment.wiring.ExperimentWiring;

/**
 * What {@code train} checks of the data before it creates a run directory, checked on a sweep's
 * driver for every variant before the sweep directory exists or Spark starts: each distinct data
 * section (with its loss) is read once as {@code train} reads it, so a missing or malformed file
 * stops the sweep with {@code train}'s message and exit code, and the sweep's metric is checked
 * against the targets (an accuracy of numeric targets is refused at {@code sweep.metric}).
 *
 * <p>A data file that only a variant's own values name (a swept data path) is named with that
 * variant and its data values; a file of the experiment as written is named as {@code train}
 * names it. The whole sweep stops on the first problem: a missing file is a mistake in the sweep,
 * not a result of one variant. A variant whose values do not load is not checked here (it has no
 * data section to read): it fails alone, as before.
 */
final class VariantChecks {

    private final Path file;
    private final List<String> overrides;
    private final ExperimentLoader loader;
    private final PluginResolver plugins;

    /**
     * @param file      the experiment file with the sweep section
     * @param overrides the command line's {@code --set} overrides, applied before each variant's
     * @param loader    places a problem at its key in {@code file}
     * @param plugins   the driver's plugins, which resolve a variant's loss
     */
    VariantChecks(Path file, List<String> overrides, ExperimentLoader loader, PluginResolver plugins) {
        this.file = file;
        this.overrides = overrides;
        this.loader = loader;
        this.plugins = plugins;
    }

    /**
     * @param sweep    the experiment as loaded, with its sweep section
     * @param variants the sweep's variants, in order
     * @param names    their names
     * @param loaded   each variant's experiment, or the {@link ConfigException} that stopped it loading
     * @throws DataException     when a variant's data file is missing or malformed
     * @throws ConfigException   when a variant's data does not fit its experiment, or its targets
     *                           have no value of the sweep's metric; placed in {@code file}
     */
    void check(ExperimentConfig sweep, List<Variant> variants, List<String> names, List<Object> loaded) {
        Set<List<Object>> read = new HashSet<>();
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i) instanceof ExperimentConfig variant
                    && read.add(List.of(variant.data(), variant.loss()))) {
                check(sweep, variant, variants.get(i), names.get(i));
            }
        }
    }

    private void check(ExperimentConfig sweep, ExperimentConfig variant, Variant values, String name) {
        try {
            ExperimentData data = new ExperimentDataLoader().load(variant.data(), variant.seed());
            ExperimentWiring.checkSweepMetric(sweep.sweep(), data.classes(), () -> plugins.loss(variant.loss()));
        } catch (DataException e) {
            throw filesOf(sweep).contains(e.location())
                    ? e
                    : e.noting("; variant " + name + " reads it (" + dataValues(values) + ")");
        } catch (ConfigException e) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(values.overrides());
            throw loader.locate(e, file, all);
        }
    }

    /** The data files of the experiment as written (with the command line's overrides). */
    private static Set<String> filesOf(ExperimentConfig experiment) {
        Set<String> files = new HashSet<>(experiment.data().training().files());
        DataSource test = experiment.data().test();
        if (test != null) {
            files.addAll(test.files());
        }
        return files;
    }

    /** The variant's values of data keys, e.g. {@code data.training.file: iris-2.csv}; all its values if none is. */
    private static String dataValues(Variant variant) {
        List<String> keys = variant.values().keySet().stream()
                .filter(key -> key.equals("data") || key.startsWith("data."))
                .toList();
        return (keys.isEmpty() ? List.copyOf(variant.values().keySet()) : keys)
                .stream().map(key -> key + ": " + variant.text(key)).collect(Collectors.joining(", "));
    }
}
