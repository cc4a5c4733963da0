package org.deltanet.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;
import org.deltanet.api.WeightInitializer;

/**
 * The installed plugins of every kind, found with {@link ServiceLoader} and looked up by name.
 *
 * <p>Example:
 * <pre>{@code
 * PluginRegistry registry = PluginRegistry.load(List.of(getClass().getClassLoader()));
 * Activation sigmoid = registry.activation("sigmoid");
 * }</pre>
 * Lookups return the plugin configured with its defaults; configure it with its
 * {@code configure(ParameterValues)}.
 */
public final class PluginRegistry {

    private final Map<PluginKind<?>, Map<String, PluginEntry>> byKind;

    private PluginRegistry(Map<PluginKind<?>, Map<String, PluginEntry>> byKind) {
        this.byKind = byKind;
    }

    /**
     * Loads every plugin visible to the given class loaders. A class seen through several loaders
     * counts once.
     *
     * @throws PluginConflictException if two different classes of one kind claim the same name
     */
    public static PluginRegistry load(List<ClassLoader> loaders) {
        List<PluginEntry> entries = new ArrayList<>();
        for (PluginKind<?> kind : PluginKind.values()) {
            Set<Class<?>> seen = new HashSet<>();
            for (ClassLoader loader : loaders) {
                for (Plugin plugin : ServiceLoader.load(kind.serviceType(), loader)) {
                    if (seen.add(plugin.getClass())) {
                        entries.add(new PluginEntry(kind, plugin, PluginEntry.sourceOf(plugin.getClass())));
                    }
                }
            }
        }
        return of(entries, entry -> false);
    }

    /**
     * A registry of the given plugins. Where several of one kind claim one name, the one that
     * {@code preferred} accepts is kept, provided it is the only one accepted.
     *
     * @param entries   the plugins, in the order they were found
     * @param preferred chooses between plugins that claim one name, e.g. by their jar's file name
     * @throws PluginConflictException naming two of the plugins if the preference does not decide
     */
    public static PluginRegistry of(List<PluginEntry> entries, Predicate<PluginEntry> preferred) {
        Map<PluginKind<?>, Map<String, List<PluginEntry>>> claims = new HashMap<>();
        for (PluginEntry entry : entries) {
            claims.computeIfAbsent(entry.kind(), kind -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.name(), name -> new ArrayList<>())
                    .add(entry);
        }
        Map<PluginKind<?>, Map<String, PluginEntry>> byKind = new LinkedHashMap<>();
        for (PluginKind<?> kind : PluginKind.values()) {
            Map<String, PluginEntry> named = new TreeMap<>();
            claims.getOrDefault(kind, Map.of())
                    .forEach((name, claimants) -> named.put(name, choose(claimants, preferred)));
            byKind.put(kind, Collections.unmodifiableMap(named));
        }
        return new PluginRegistry(byKind);
    }

    private static PluginEntry choose(List<PluginEntry> claimants, Predicate<PluginEntry> preferred) {
        if (claimants.size() == 1) {
            return claimants.get(0);
        }
        List<PluginEntry> chosen = claimants.stream().filter(preferred).toList();
        if (chosen.size() == 1) {
            return chosen.get(0);
        }
        List<PluginEntry> rivals = chosen.isEmpty() ? claimants : chosen;
        throw new PluginConflictException(rivals.get(0), rivals.get(1));
    }

    /** The plugins on the class path of deltanet itself (the built-ins and anything beside them). */
    public static PluginRegistry builtIn() {
        return load(List.of(PluginRegistry.class.getClassLoader()));
    }

    /**
     * The plugin of the given kind and name, configured with its defaults: the one lookup every
     * kind shares.
     *
     * @throws UnknownPluginException naming the available plugins and the closest name
     */
    public <T extends Plugin> T find(PluginKind<T> kind, String name) {
        PluginEntry entry = byKind.get(kind).get(name);
        if (entry == null) {
            throw new UnknownPluginException(kind, name, byKind.get(kind).keySet());
        }
        return kind.cast(entry.plugin());
    }

    /** {@code find(PluginKind.ACTIVATION, name)}. */
    public Activation activation(String name) {
        return find(PluginKind.ACTIVATION, name);
    }

    /** {@code find(PluginKind.LOSS, name)}. */
    public Loss loss(String name) {
        return find(PluginKind.LOSS, name);
    }

    /** {@code find(PluginKind.OPTIMIZER, name)}. */
    public Optimizer optimizer(String name) {
        return find(PluginKind.OPTIMIZER, name);
    }

    /** {@code find(PluginKind.INITIALIZER, name)}. */
    public WeightInitializer initializer(String name) {
        return find(PluginKind.INITIALIZER, name);
    }

    /** Every installed plugin of one kind, configured with its defaults, sorted by name. */
    public <T extends Plugin> List<T> all(PluginKind<T> kind) {
        return byKind.get(kind).values().stream()
                .map(entry -> kind.cast(entry.plugin()))
                .toList();
    }

    /** The names of one kind, sorted. */
    public Set<String> names(PluginKind<?> kind) {
        return byKind.get(kind).keySet();
    }

    /** Every installed plugin, by kind then name. */
    public List<PluginEntry> entries() {
        List<PluginEntry> all = new ArrayList<>();
        byKind.values().forEach(named -> all.addAll(named.values()));
        return all;
    }
}
