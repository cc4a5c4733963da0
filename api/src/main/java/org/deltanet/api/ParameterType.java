package org.deltanet.api;

/** The type of a plugin parameter: how its value is read from a file and checked. */
public enum ParameterType {
    /** Any finite double within the declared range. */
    REAL,
    /** A whole number within the declared range, carried as a double without fractional part. */
    INTEGER
}
