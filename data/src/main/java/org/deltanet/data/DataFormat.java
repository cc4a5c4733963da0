package org.deltanet.data;

/**
 * A kind of data source, chosen in an experiment file by {@code type:} (a plugin kind found by
 * {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.deltanet.data.DataFormat}). The format names its {@link DataSource}
 * record, whose components are the keys the section may hold.
 *
 * <p>Example, the whole of a format (the record reads the file):
 * <pre>{@code
 * public final class CsvFormat implements DataFormat {
 *     public String name() { return "csv"; }
 *     public String description() { return "a CSV or TSV file with a header row"; }
 *     public Class<? extends DataSource> sourceType() { return CsvFile.class; }
 * }
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor and hold no state.
 */
public interface DataFormat {

    /** The {@code type} name in experiment files, lower-case kebab-case, e.g. {@code csv}. */
    String name();

    /** One line for listings, e.g. {@code a CSV or TSV file with a header row}. */
    String description();

    /** The record a section of this type is bound to. */
    Class<? extends DataSource> sourceType();
}
