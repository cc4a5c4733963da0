package org.deltanet.data.csv;

import org.deltanet.data.DataFormat;
import org.deltanet.data.DataSource;

/** {@code type: csv}: see {@link CsvFile}. */
public final class CsvFormat implements DataFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "a CSV file (TSV by a .tsv name) with a header row; one-hot or numeric labels";
    }

    @Override
    public Class<? extends DataSource> sourceType() {
        return CsvFile.class;
    }
}
