package org.deltanet.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.PluginKind;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataFormats;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.JarVersion;
import org.deltanet.loader.PluginLoader;
import org.deltanet.registry.PluginEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code deltanet plugins}: every installed plugin with its kind, parameters, jar and version, and
 * every data format with its keys, jar and version.
 */
@Command(
        name = "plugins",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "List the installed plugins: kind, name, description, parameters with defaults and ranges, "
                    + "and the jar each came from with its version; then the data formats (type: NAME) with "
                    + "their keys.",
            "Built-ins come with deltanet; jars come from ./plugins, --plugins and, for train and validate, the "
                    + "experiment's plugins: list."
        })
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginLoader loader = pluginOptions.loader();
        InstalledPlugins installed = loader.load();
        PluginKind<?> kind = null;
        for (PluginEntry entry : installed.registry().entries()) {
            if (entry.kind() != kind) {
                kind = entry.kind();
                out.printf("%n%s:%n", kind.plural());
            }
            out.printf("  %-22s %s%n", entry.name(), entry.plugin().description());
            for (ParameterSpec parameter : entry.plugin().parameters()) {
                out.printf(
                        "  %-22s   %s = %s  %s  %s%n",
                        "", parameter.name(), parameter.defaultText(), parameter.range(), parameter.description());
            }
            out.printf("  %-22s   jar %s, version %s%n", "", entry.source(), installed.version(entry));
        }
        out.printf("%ndata formats:%n");
        for (DataFormat format : DataFormats.with(loader.services(List.of(), DataFormat.class))) {
            out.printf("  %-22s %s%n", format.name(), format.description());
            out.printf("  %-22s   keys: %s%n", "", String.join(", ", keys(format)));
            Path jar = jar(format);
            out.printf("  %-22s   jar %s, version %s%n", "", jar, JarVersion.of(jar));
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** {@code type} and the keys of the format's record, kebab-case as files write them. */
    private static List<String> keys(DataFormat format) {
        Class<?> record = format.sourceType();
        return Stream.concat(
                        Stream.of("type"),
                        record.isRecord()
                                ? Arrays.stream(record.getRecordComponents()).map(component -> component
                                        .getName()
                                        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                                        .toLowerCase(Locale.ROOT))
                                : Stream.empty())
                .toList();
    }

    /** The jar (or folder) the format's class came from. */
    private static Path jar(DataFormat format) {
        CodeSource source = format.getClass().getProtectionDomain().getCodeSource();
        if (source == null) {
            return Path.of("unknown");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            return Path.of(source.getLocation().getPath());
        }
    }
}
