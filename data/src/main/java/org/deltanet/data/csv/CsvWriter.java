package org.deltanet.data.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows of text cells as comma-separated values through Jackson's CSV generator, so that a
 * cell holding a comma, a quote or a line break is quoted (a quote inside doubled) and the table
 * reads back cell for cell, as {@link CsvReader} reads it.
 *
 * <p>Example: {@code CsvWriter csv = CsvWriter.to(out); csv.row(List.of("class", "p"));
 * csv.row(List.of("a,b", "0.5")); csv.flush();} writes {@code class,p} and {@code "a,b",0.5}, each
 * line ending in {@code \n}.
 */
public final class CsvWriter {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter rows;

    private CsvWriter(SequenceWriter rows) {
        this.rows = rows;
    }

    /** A writer of rows to {@code out}, which the caller keeps and closes. */
    public static CsvWriter to(Writer out) {
        try {
            return new CsvWriter(MAPPER.writerFor(String[].class)
                    .with(CsvSchema.emptySchema().withLineSeparator("\n"))
                    .writeValues(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; the rows of a table should have the same number of cells. */
    public void row(List<String> cells) {
        try {
            rows.write(cells.toArray(new String[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes out what is buffered, and flushes {@code out}. */
    public void flush() {
        try {
            rows.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
