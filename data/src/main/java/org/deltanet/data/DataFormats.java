package org.deltanet.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/**
 * The {@link DataFormat}s on the class path, found by {@link ServiceLoader}: the built-in
 * {@code csv}, {@code idx} and {@code xor}, and any other jar's; and those of plugin jars, which
 * their own class loaders find.
 */
public final class DataFormats {

    private static final List<DataFormat> INSTALLED = of(DataFormats.class.getClassLoader());

    private DataFormats() {}

    /** Every installed format, by name. */
    public static List<DataFormat> installed() {
        return INSTALLED;
    }

    /**
     * The installed formats and {@code more} (e.g. a plugin jar's), by name.
     *
     * @throws DeltanetException (a plugin error) if two formats share a name
     */
    public static List<DataFormat> with(List<DataFormat> more) {
        List<DataFormat> all = new ArrayList<>(INSTALLED);
        all.addAll(more);
        return byName(all);
    }

    /**
     * The formats {@code loader}'s services files list, by name: for a plugin jar's class loader,
     * the jar's own.
     *
     * @throws DeltanetException (a plugin error) if two formats share a name
     */
    public static List<DataFormat> of(ClassLoader loader) {
        List<DataFormat> formats = new ArrayList<>();
        ServiceLoader.load(DataFormat.class, loader).forEach(formats::add);
        return byName(formats);
    }

    private static List<DataFormat> byName(List<DataFormat> formats) {
        Map<String, DataFormat> byName = new HashMap<>();
        for (DataFormat format : formats) {
            DataFormat other = byName.putIfAbsent(format.name(), format);
            if (other != null && other.getClass() != format.getClass()) {
                throw new DeltanetException(
                        ErrorCategory.PLUGIN,
                        "two data formats are named '" + format.name() + "': " + origin(other) + " and "
                                + origin(format));
            }
        }
        return byName.values().stream()
                .sorted(Comparator.comparing(DataFormat::name))
                .toList();
    }

    /** {@code org.example.Spirals (from spirals.jar's class loader)}: the class and who loaded it. */
    private static String origin(DataFormat format) {
        ClassLoader loader = format.getClass().getClassLoader();
        String name = loader == null ? null : loader.getName();
        return format.getClass().getName() + (name == null ? "" : " (" + name + ")");
    }
}
