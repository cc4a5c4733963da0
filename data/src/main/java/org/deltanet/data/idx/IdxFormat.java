package org.deltanet.data.idx;

import org.deltanet.data.DataFormat;
import org.deltanet.data.DataSource;

/** {@code type: idx}: see {@link IdxFiles}. */
public final class IdxFormat implements DataFormat {

    @Override
    public String name() {
        return "idx";
    }

    @Override
    public String description() {
        return "MNIST-format IDX image and label files, gzipped or raw";
    }

    @Override
    public Class<? extends DataSource> sourceType() {
        return IdxFiles.class;
    }
}
