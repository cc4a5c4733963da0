package org.deltanet.data.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deltanet.data.DataException;
import org.deltanet.data.DataFiles;

/**
 * Reads a comma-separated UTF-8 file (gzipped or not; tab-separated when its name ends in
 * {@code .tsv} or {@code .tsv.gz}) record by record with Jackson's CSV parser: a header row naming
 * the columns, then data rows with as many fields as the header. Fields may be quoted with
 * {@code "} (a quote inside doubled: {@code ""}) to contain separators and line breaks. Spaces
 * around fields are trimmed, blank lines skipped, a byte order mark ignored. Errors name the file
 * and the line the record starts on.
 *
 * <p>Memory stays bounded whatever the file holds: a field is at most {@value #MAX_FIELD}
 * characters, a header names at most {@value #MAX_COLUMNS} columns, a record holds at most
 * {@value #MAX_RECORD} characters, and a data row with more fields than the header is refused at
 * the first field too many; each limit is refused as soon as it is passed, before more is read.
 */
final class CsvReader implements Closeable {

    /** The longest field, in characters: far more than any number, class or column name needs. */
    static final int MAX_FIELD = 1 << 20;

    /** The most columns a header may name. */
    static final int MAX_COLUMNS = 1_000_000;

    /** The most characters one record (a header or a row) may hold in all. */
    static final long MAX_RECORD = 64L << 20;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxStringLength(MAX_FIELD).build())
            .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path file;
    private final CsvParser parser;
    private List<String> header;
    private final List<String> fields = new ArrayList<>();
    private int line;

    private CsvReader(Path file, CsvParser parser) {
        this.file = file;
        this.parser = parser;
        this.header = null;
        if (!nextRecord(MAX_COLUMNS)) {
            throw new DataException(file, "is empty; expected a header row naming the columns, e.g. x1,x2,label");
        }
        header = List.copyOf(fields);
    }

    /** Opens the file and reads its header row. */
    static CsvReader open(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        Reader reader = new BufferedReader(new TextOnly(file, new InputStreamReader(DataFiles.open(file), decoder)));
        try {
            skipByteOrderMark(reader);
            CsvParser parser = FACTORY.createParser(reader);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator(file)));
            return new CsvReader(file, parser);
        } catch (IOException | RuntimeException e) {
            try {
                reader.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? DataFiles.failure(file, io) : (RuntimeException) e;
        }
    }

    Path file() {
        return file;
    }

    /** The column names, in file order. */
    List<String> header() {
        return header;
    }

    /** The 1-based line the record last returned starts on (1 for the header). */
    int line() {
        return line;
    }

    /** A problem with the header (or the columns it names), at the header's line. */
    DataException headerProblem(String problem) {
        return new DataException(file, 1, null, problem);
    }

    /**
     * The fields of the next data row, or null at the end of the file.
     *
     * @throws DataException if the row does not have one field per header column
     */
    String[] next() {
        if (!nextRecord(header.size() + 1)) {
            return null;
        }
        if (fields.size() != header.size()) {
            throw new DataException(
                    file,
                    line,
                    null,
                    "has " + (fields.size() > header.size() ? "more than " + header.size() : fields.size())
                            + " fields, but the header has " + header.size() + " columns ("
                            + String.join(", ", header) + ")");
        }
        return fields.toArray(new String[0]);
    }

    /**
     * Reads the next record into {@link #fields}, stopping at {@code most} fields; false at the end
     * of the file.
     */
    private boolean nextRecord(int most) {
        fields.clear();
        boolean started = false;
        long characters = 0;
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY
                    && parser.getParsingContext().getParent().inRoot()) {
                token = parser.nextToken();
            }
            if (token != JsonToken.START_ARRAY) {
                return false;
            }
            started = true;
            line = parser.currentLocation().getLineNr();
            for (token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
                String field = parser.getText();
                characters += field.length();
                if (characters > MAX_RECORD) {
                    throw tooLarge("a record of more than " + MAX_RECORD + " characters");
                }
                fields.add(field);
                if (fields.size() == most) {
                    if (header == null) {
                        throw tooLarge("a header of more than " + MAX_COLUMNS + " columns");
                    }
                    break;
                }
            }
            return true;
        } catch (StreamConstraintsException e) {
            throw tooLarge("a field of more than " + MAX_FIELD + " characters");
        } catch (StreamReadException e) {
            throw malformed(e, started ? line : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }

    /** A record that passes a limit: the file is not the table it should be, or is hostile. */
    private DataException tooLarge(String what) {
        return new DataException(
                file,
                line,
                null,
                "has " + what + " (the limits: " + MAX_FIELD + " characters a field, " + MAX_COLUMNS + " columns, "
                        + MAX_RECORD + " characters a record); is this the data file you meant?");
    }

    /** @param recordLine the line the record with the mistake starts on */
    private DataException malformed(StreamReadException e, int recordLine) {
        String problem = e.getOriginalMessage();
        if (problem.startsWith("Missing closing quote")) {
            return new DataException(
                    file,
                    recordLine,
                    null,
                    "a quoted field has no closing quote before the end of "
                            + "the file; write a quote inside a field as \"\"");
        }
        if (problem.startsWith("Unexpected character")) {
            return new DataException(
                    file,
                    e.getLocation().getLineNr(),
                    null,
                    "text after the closing quote of a "
                            + "field; quote the whole field, and write a quote inside it as \"\"");
        }
        return new DataException(file, e.getLocation().getLineNr(), null, problem);
    }

    private static char separator(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".tsv") || name.endsWith(".tsv.gz") ? '\t' : ',';
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }
}
