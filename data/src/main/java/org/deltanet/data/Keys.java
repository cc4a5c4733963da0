package org.deltanet.data;

/**
 * Checks a {@link DataSource} record makes on its keys. A failure is an
 * {@link IllegalArgumentException} whose message names the key and what would be right; the
 * experiment loader adds the file, line and column.
 */
public final class Keys {

    private Keys() {}

    /**
     * @param example what the key holds, e.g. {@code the CSV file's path, e.g. file: data/iris.csv}
     * @throws IllegalArgumentException {@code missing 'file': the CSV file's path, e.g. ...}
     */
    public static void present(Object value, String key, String example) {
        if (value == null) {
            throw new IllegalArgumentException("missing '" + key + "': " + example);
        }
    }
}
