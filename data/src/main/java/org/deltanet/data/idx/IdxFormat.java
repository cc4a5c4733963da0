package org.deltanet.data.idx;

import org.deltanet.data.DataFormat;

/** {@code type: idx}: see {@link IdxFiles}. */
public final class IdxFormat extends DataFormat {

    public IdxFormat() {
        super("idx", "MNIST-format IDX image and label files, gzipped or raw", IdxFiles.class);
    }
}
