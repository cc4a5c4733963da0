package org.deltanet.experiment.config;

/**
 * Checks made while a config record is built. A failure throws {@link IllegalArgumentException}
 * with the key and what would be right; the loader adds the file, line and key path.
 */
final class Checks {

    private Checks() {}

    static void require(boolean condition, String key, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("'" + key + "' " + problem);
        }
    }

    static void present(Object value, String key, String example) {
        if (value == null) {
            throw new IllegalArgumentException("missing '" + key + "': " + example);
        }
    }

    static void atLeast(Integer value, int min, String key) {
        require(value == null || value >= min, key, "must be at least " + min + ", got " + value);
    }
}
