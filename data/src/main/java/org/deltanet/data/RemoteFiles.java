package org.deltanet.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Reads data files named by a URI whose scheme is not {@code file:} ({@code hdfs://namenode/iris.csv},
 * {@code s3a://bucket/iris.csv}) for {@link DataLocations}. deltanet's {@code spark} module provides
 * one, through Hadoop's {@code FileSystem} API; an implementation is found by
 * {@link java.util.ServiceLoader} in {@code META-INF/services/org.deltanet.data.RemoteFiles}, and
 * without one only paths and {@code file:} URIs can be read.
 *
 * <p>Example: {@code new HadoopFiles().open(URI.create("hdfs://namenode:8020/data/iris.csv"))}
 * streams the file's bytes, which deltanet copies to a local temporary file and reads there.
 */
public interface RemoteFiles {

    /**
     * Opens the file for reading, on the calling machine (the driver).
     *
     * @param uri an absolute URI with a scheme, e.g. {@code s3a://bucket/data/iris.csv}
     * @return the file's bytes, as stored (gzip is recognised by the reader)
     * @throws DataException naming the URI when no file system for its scheme is available, with
     *         what to add to the class path
     * @throws java.io.FileNotFoundException when there is no such file
     * @throws IOException when the file cannot be reached or read
     */
    InputStream open(URI uri) throws IOException;
}
