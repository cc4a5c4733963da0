package org.deltanet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.PluginKind;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.registry.PluginEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code deltanet plugins}: every installed plugin with its kind, parameters, jar and version. */
@Command(
        name = "plugins",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "List the installed plugins: kind, name, description, parameters with defaults and ranges, "
                    + "and the jar each came from with its version.",
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
        InstalledPlugins installed = pluginOptions.loader().load();
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
        out.flush();
        return ExitCode.OK.code();
    }
}
