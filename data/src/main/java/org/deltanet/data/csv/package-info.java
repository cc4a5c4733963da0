/**
 * The {@code csv} data format: {@link org.deltanet.data.csv.CsvFile} is the experiment section,
 * {@link org.deltanet.data.csv.CsvSource} turns a file's columns into examples and
 * {@link org.deltanet.data.csv.CsvReader} reads it record by record, every problem named by file,
 * line and column.
 */
package org.deltanet.data.csv;
