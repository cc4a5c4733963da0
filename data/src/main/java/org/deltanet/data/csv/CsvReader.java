package org.deltanet.data.csv;

import org.deltanet.data.DataException;
import org.deltanet.data.DataFiles;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a comma-separated UTF-8 file (gzipped or not) record by record: a header row naming the
 * columns, then data rows with as many fields as the header. Fields may be quoted with {@code "}
 * (a quote inside doubled: {@code ""}) to contain commas; a record is one line. Unquoted fields
 * are trimmed; blank lines are skipped. Errors name the file and line.
 */
final class CsvReader implements Closeable {

    private static final char SEPARATOR = ',';
    private static final char QUOTE = '"';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path file;
    private final BufferedReader reader;
    private final List<String> header;
    private int line;

    private CsvReader(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
        String first = nextLine();
        if (first == null) {
            throw new DataException(file, "is empty; expected a header row naming the columns, e.g. x1,x2,label");
        }
        if (!first.isEmpty() && first.charAt(0) == BYTE_ORDER_MARK) {
            first = first.substring(1);
        }
        this.header = List.of(fields(first));
    }

    /** Opens the file and reads its header row. */
    static CsvReader open(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(DataFiles.open(file), decoder));
        try {
            return new CsvReader(file, reader);
        } catch (DataException e) {
            try {
                reader.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** The column names, in file order. */
    List<String> header() {
        return header;
    }

    /** The 1-based line of the record last returned (1 for the header). */
    int line() {
        return line;
    }

    /**
     * The fields of the next data row, or null at the end of the file.
     *
     * @throws DataException if the row does not have one field per header column
     */
    String[] next() {
        String text = nextLine();
        if (text == null) {
            return null;
        }
        String[] fields = fields(text);
        if (fields.length != header.size()) {
            throw new DataException(file, line, null, "has " + fields.length + " fields, but the header has "
                    + header.size() + " columns (" + String.join(", ", header) + ")");
        }
        return fields;
    }

    /** The next line that is not blank, or null at the end. */
    private String nextLine() {
        try {
            String text;
            do {
                text = reader.readLine();
                line++;
            } while (text != null && text.isBlank());
            return text;
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }

    private String[] fields(String text) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        while (true) {
            start = skipSpaces(text, start);
            int end;
            if (start < text.length() && text.charAt(start) == QUOTE) {
                StringBuilder value = new StringBuilder();
                end = quoted(text, start, value);
                fields.add(value.toString());
            } else {
                end = text.indexOf(SEPARATOR, start);
                end = end < 0 ? text.length() : end;
                fields.add(text.substring(start, end).strip());
            }
            if (end >= text.length()) {
                return fields.toArray(new String[0]);
            }
            start = end + 1;
        }
    }

    /**
     * Reads a quoted field into {@code value}.
     *
     * @param open the index of the opening quote
     * @return the index of the separator after the closing quote, or the end of the line
     */
    private int quoted(String text, int open, StringBuilder value) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != QUOTE) {
                value.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                value.append(QUOTE);
                i += 2;
            } else {
                int after = skipSpaces(text, i + 1);
                if (after < text.length() && text.charAt(after) != SEPARATOR) {
                    throw new DataException(file, line, null, "text after the closing quote at character "
                            + (i + 1) + "; quote the whole field, and write a quote inside it as \"\"");
                }
                return after;
            }
        }
        throw new DataException(file, line, null, "the quoted field opened at character " + (open + 1)
                + " has no closing quote; a record must fit on one line");
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }
}
