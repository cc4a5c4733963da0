package org.deltanet.data;

import java.util.Objects;

/**
 * A kind of data source, chosen in an experiment file by {@code type:} (a plugin kind found by
 * {@link java.util.ServiceLoader}: list the subclass in
 * {@code META-INF/services/org.deltanet.data.DataFormat}). The format names its {@link DataSource}
 * record, whose components are the keys the section may hold and which reads the data.
 *
 * <p>Example, the whole of a format:
 * <pre>{@code
 * public final class CsvFormat extends DataFormat {
 *     public CsvFormat() {
 *         super("csv", "a CSV file with a header row", CsvFile.class);
 *     }
 * }
 * }</pre>
 *
 * <p>Subclasses need a public no-argument constructor and hold no state.
 */
public abstract class DataFormat {

    private final String name;
    private final String description;
    private final Class<? extends DataSource> sourceType;

    /**
     * @param name        the {@code type} name in experiment files, lower-case kebab-case, e.g. {@code csv}
     * @param description one line for listings
     * @param sourceType  the record a section of this type is bound to
     */
    protected DataFormat(String name, String description, Class<? extends DataSource> sourceType) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.sourceType = Objects.requireNonNull(sourceType, "sourceType");
    }

    /** The {@code type} name in experiment files, e.g. {@code csv}. */
    public final String name() {
        return name;
    }

    /** One line for listings, e.g. {@code a CSV file with a header row}. */
    public final String description() {
        return description;
    }

    /** The record a section of this type is bound to. */
    public final Class<? extends DataSource> sourceType() {
        return sourceType;
    }
}
