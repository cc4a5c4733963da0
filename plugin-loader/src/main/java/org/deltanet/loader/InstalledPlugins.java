package org.deltanet.loader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.deltanet.api.InvalidParameterException;
import org.deltanet.registry.PluginEntry;
import org.deltanet.registry.PluginRegistry;

/**
 * What a {@link PluginLoader} installed: the registry of every plugin, the jars they came from, and
 * the means to say which jar's code failed.
 */
public final class InstalledPlugins {

    private final PluginRegistry registry;
    private final ClassLoader host;
    private final List<PluginJar> jars;
    private final Map<String, PluginJar> byLoaderName;
    private final Map<String, String> versions = new HashMap<>();

    InstalledPlugins(PluginRegistry registry, ClassLoader host, List<PluginJar> jars) {
        this.registry = registry;
        this.host = host;
        this.jars = List.copyOf(jars);
        this.byLoaderName =
                jars.stream().collect(Collectors.toMap(jar -> jar.loader().getName(), Function.identity()));
    }

    /** Every installed plugin, built-in or from a jar. */
    public PluginRegistry registry() {
        return registry;
    }

    /** The plugin jars, in the order they were loaded. */
    public List<PluginJar> jars() {
        return jars;
    }

    /** deltanet's class loader followed by each jar's: where experiment extensions are looked for. */
    public List<ClassLoader> classLoaders() {
        return Stream.concat(Stream.of(host), jars.stream().map(PluginJar::loader))
                .toList();
    }

    /** The version of the jar a plugin came from, or {@code unknown}. */
    public String version(PluginEntry entry) {
        return versions.computeIfAbsent(entry.source(), source -> jars.stream()
                .filter(jar -> jar.path().toString().equals(source))
                .findFirst()
                .map(PluginJar::version)
                .orElseGet(() -> JarVersion.of(Path.of(source))));
    }

    /**
     * Where a plugin object came from: {@code from gelu-1.0.0.jar} (the jar's file name) when a
     * plugin jar defined its class, else {@code (built in)}.
     */
    public String origin(Object plugin) {
        ClassLoader loader = plugin.getClass().getClassLoader();
        return jars.stream()
                .filter(jar -> jar.loader() == loader)
                .findFirst()
                .map(jar -> "from " + jar.path().getFileName())
                .orElse("(built in)");
    }

    /**
     * Says which plugin jar's code threw, if any did: the innermost frame (of the error or one of
     * its causes) whose class a plugin jar defined. An {@link InvalidParameterException} is the
     * user's value, not the plugin's fault, and is never blamed on it.
     *
     * @return a failure naming the plugin (or class) and its jar, with {@code error} as its cause
     */
    public Optional<PluginFailureException> blame(Throwable error) {
        if (error instanceof InvalidParameterException) {
            return Optional.empty();
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                PluginJar jar =
                        frame.getClassLoaderName() == null ? null : byLoaderName.get(frame.getClassLoaderName());
                if (jar != null) {
                    return Optional.of(new PluginFailureException(
                            culprit(jar, frame) + " failed: " + Failures.describe(error) + " (at " + where(frame) + ")",
                            error));
                }
            }
        }
        return namedIn(error)
                .map(entry -> new PluginFailureException(
                        "the " + entry.kind().label() + " '" + entry.name() + "' from " + entry.source() + " failed: "
                                + Failures.describe(error),
                        error));
    }

    /**
     * Runs a step that may call plugin code; whatever a plugin jar's code throws in it
     * ({@link Error}s included) comes out as a {@link PluginFailureException} naming the plugin
     * and its jar (one line, exit 6), anything else as it was thrown. Example:
     * <pre>{@code
     * double[] outputs = installed.blaming(() -> evaluator.predict(rows));
     * }</pre>
     */
    public <T> T blaming(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException | Error e) {
            Optional<PluginFailureException> blamed = blame(e);
            if (blamed.isPresent()) {
                throw blamed.get();
            }
            throw e;
        }
    }

    /**
     * The jar plugin whose class a linkage error's message names: an {@link AbstractMethodError}
     * is thrown in the caller's frame, so no frame of the plugin's class is on the stack.
     */
    private Optional<PluginEntry> namedIn(Throwable error) {
        if (!(error instanceof LinkageError) || error.getMessage() == null) {
            return Optional.empty();
        }
        return registry.entries().stream()
                .filter(entry ->
                        jars.stream().anyMatch(jar -> jar.path().toString().equals(entry.source())))
                .filter(entry -> (" " + error.getMessage() + " ")
                        .contains(" class " + entry.plugin().getClass().getName() + " "))
                .findFirst();
    }

    /** {@code fixture.Exploding.value(Exploding.java:5)}: the frame without its class loader's name. */
    private static String where(StackTraceElement frame) {
        String file = frame.getFileName() == null
                ? "unknown source"
                : frame.getLineNumber() < 0 ? frame.getFileName() : frame.getFileName() + ":" + frame.getLineNumber();
        return frame.getClassName() + "." + frame.getMethodName() + "(" + file + ")";
    }

    private String culprit(PluginJar jar, StackTraceElement frame) {
        String className = frame.getClassName();
        return registry.entries().stream()
                .filter(entry -> entry.source().equals(jar.path().toString()))
                .filter(entry -> {
                    String pluginClass = entry.plugin().getClass().getName();
                    return className.equals(pluginClass) || className.startsWith(pluginClass + "$");
                })
                .findFirst()
                .map(entry -> "the " + entry.kind().label() + " '" + entry.name() + "' from " + jar.path())
                .orElse(className + " from " + jar.path());
    }
}
