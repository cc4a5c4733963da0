package org.deltanet.data;

import java.nio.file.Path;
import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/**
 * A data file that cannot be used as it is. The message says where (the file, for text files the
 * 1-based line, and the column), what is wrong and, where it helps, what would be right:
 * <pre>
 * data/iris.csv:12: column 'sepal_width': 'abc' is not a number
 * mnist-images.gz: not an IDX image file (magic 2049, expected 2051)
 * </pre>
 */
public final class DataException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final int line;
    private final String column;
    private final String problem;

    /**
     * @param file    the file as the user named it
     * @param line    1-based line of a text file, or 0 where no line applies
     * @param column  the column's header name, or null where no column applies
     * @param problem what is wrong, and what would be right
     */
    public DataException(Path file, int line, String column, String problem) {
        this(file.toString(), line, column, problem);
    }

    /**
     * As {@link #DataException(Path, int, String, String)}, for a file named by a path or a URI
     * ({@code s3a://bucket/iris.csv}, see {@link DataLocations}).
     */
    public DataException(String location, int line, String column, String problem) {
        super(
                ErrorCategory.DATA,
                location + (line > 0 ? ":" + line : "") + ": " + (column != null ? "column '" + column + "': " : "")
                        + problem);
        this.location = location;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the file as a whole. */
    public DataException(Path file, String problem) {
        this(file, 0, null, problem);
    }

    /** A problem with the file as a whole, named by a path or a URI. */
    public DataException(String location, String problem) {
        this(location, 0, null, problem);
    }

    /** The file as the user named it: a path or a URI. */
    public String location() {
        return location;
    }

    /** The 1-based line of a text file, or 0 where no line applies. */
    public int line() {
        return line;
    }

    /** The column's header name, or null where no column applies. */
    public String column() {
        return column;
    }

    /**
     * The same problem of the same file, line and column, with {@code note} after it, e.g.
     * {@code ; variant iris-03 reads it (...)}.
     */
    public DataException noting(String note) {
        return copy(location, problem + note);
    }

    /** The same problem, at the same line and column, of the file named {@code location}. */
    DataException at(String location) {
        return copy(location, problem);
    }

    private DataException copy(String file, String what) {
        DataException copy = new DataException(file, line, column, what);
        if (getCause() != null) {
            copy.initCause(getCause());
        }
        return copy;
    }
}
