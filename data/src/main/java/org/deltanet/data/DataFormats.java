package org.deltanet.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@link DataFormat}s on the class path, found by {@link ServiceLoader}: the built-in
 * {@code csv}, {@code idx} and {@code xor}, and any other jar's.
 */
public final class DataFormats {

    private static final List<DataFormat> INSTALLED = load(DataFormats.class.getClassLoader());

    private DataFormats() {}

    /** Every installed format, by name. */
    public static List<DataFormat> installed() {
        return INSTALLED;
    }

    /**
     * The formats {@code loader} provides, by name.
     *
     * @throws IllegalStateException if two formats share a name
     */
    static List<DataFormat> load(ClassLoader loader) {
        Map<String, DataFormat> byName = new HashMap<>();
        List<DataFormat> formats = new ArrayList<>();
        for (DataFormat format : ServiceLoader.load(DataFormat.class, loader)) {
            DataFormat other = byName.putIfAbsent(format.name(), format);
            if (other != null) {
                throw new IllegalStateException("two data formats are named '" + format.name() + "': "
                        + other.getClass().getName() + " and "
                        + format.getClass().getName());
            }
            formats.add(format);
        }
        formats.sort(Comparator.comparing(DataFormat::name));
        return List.copyOf(formats);
    }
}
