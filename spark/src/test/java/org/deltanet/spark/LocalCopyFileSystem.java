package org.deltanet.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Hadoop's local file system under the scheme {@code localcopy:}, so that a test reaches local
 * files through the remote path ({@link HadoopFiles}, a temporary copy) rather than deltanet's
 * own {@code file:} shortcut. Configured by {@code -Dspark.hadoop.fs.localcopy.impl=} this class.
 */
public class LocalCopyFileSystem extends RawLocalFileSystem {

    static final String SCHEME = "localcopy";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
