package org.deltanet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.deltanet.api.ParameterSpec;
import org.deltanet.engine.registry.PluginEntry;
import org.deltanet.engine.registry.PluginRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code deltanet plugins}: every installed plugin with its kind, parameters and source. */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the installed plugins: kind, name, description, parameters with defaults and ranges, and where each came from.")
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry = PluginRegistry.builtIn();
        String kind = "";
        for (PluginEntry entry : registry.entries()) {
            if (!entry.kind().label().equals(kind)) {
                kind = entry.kind().label();
                out.printf("%n%s:%n", entry.kind().plural());
            }
            out.printf("  %-22s %s%n", entry.name(), entry.plugin().description());
            for (ParameterSpec parameter : entry.plugin().parameters()) {
                out.printf("  %-22s   %s = %s  %s  %s%n", "", parameter.name(),
                        parameter.defaultText(), parameter.range(), parameter.description());
            }
            out.printf("  %-22s   from %s%n", "", entry.source());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
