package org.deltanet.data.csv;

import org.deltanet.data.DataFormat;

/** {@code type: csv}: see {@link CsvFile}. */
public final class CsvFormat extends DataFormat {

    public CsvFormat() {
        super(
                "csv",
                "a CSV file (TSV by a .tsv name) with a header row; one-hot, numeric, multi-label or probability labels",
                CsvFile.class);
    }
}
