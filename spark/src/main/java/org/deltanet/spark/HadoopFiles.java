package org.deltanet.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.hadoop.util.VersionInfo;
import org.deltanet.data.DataException;
import org.deltanet.data.RemoteFiles;

/**
 * Data files named by a Hadoop-compatible URI ({@code hdfs://}, {@code s3a://}, {@code webhdfs://},
 * ...), read on the driver through Hadoop's {@link FileSystem} API, which Spark brings. The
 * Hadoop configuration is Hadoop's defaults, any {@code core-site.xml} on the class path and the
 * JVM's {@code spark.hadoop.*} system properties (as {@code -Dspark.hadoop.fs.s3a.endpoint=...}),
 * without the prefix. A scheme without a file system on the class path is refused before anything
 * is read, naming what to add.
 */
public final class HadoopFiles implements RemoteFiles {

    private static final String PREFIX = "spark.hadoop.";

    /** The jars that hold the file systems Hadoop's client leaves out, by scheme. */
    private static final Map<String, String> JARS = Map.of(
            "s3a", "hadoop-aws-%s.jar and the AWS SDK bundle it was built with",
            "abfs", "hadoop-azure-%s.jar and its dependencies",
            "abfss", "hadoop-azure-%s.jar and its dependencies",
            "wasb", "hadoop-azure-%s.jar and its dependencies",
            "wasbs", "hadoop-azure-%s.jar and its dependencies",
            "gs", "the Google Cloud Storage connector (gcs-connector, hadoop3 build)");

    @Override
    public InputStream open(URI uri) throws IOException {
        Configuration configuration = configuration();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        check(uri, scheme, configuration);
        FileSystem files;
        try {
            files = FileSystem.get(uri, configuration);
        } catch (IllegalArgumentException e) {
            // Hadoop wraps what stops a file system starting (an unknown host) in an IllegalArgumentException
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException(
                    cause instanceof UnknownHostException ? "unknown host " + cause.getMessage() : cause.toString(), e);
        }
        return files.open(new Path(uri));
    }

    /** Hadoop's configuration with the JVM's {@code spark.hadoop.*} properties. */
    private static Configuration configuration() {
        Configuration configuration = new Configuration();
        System.getProperties().stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX))
                .forEach(key -> configuration.set(key.substring(PREFIX.length()), System.getProperty(key)));
        return configuration;
    }

    /** Refuses a scheme no file system on the class path serves. */
    private static void check(URI uri, String scheme, Configuration configuration) throws IOException {
        try {
            FileSystem.getFileSystemClass(scheme, configuration);
        } catch (UnsupportedFileSystemException e) {
            throw missing(uri, scheme);
        } catch (RuntimeException e) {
            // a scheme Hadoop's defaults name (s3a, abfs) whose class is not on the class path
            if (e.getCause() instanceof ClassNotFoundException) {
                throw missing(uri, scheme);
            }
            throw e;
        }
    }

    private static DataException missing(URI uri, String scheme) {
        String jars = JARS.getOrDefault(scheme, "the jar of a Hadoop FileSystem for '" + scheme + ":'");
        return new DataException(
                uri.toString(),
                "no Hadoop file system for the scheme '" + scheme + ":' on the class path; add "
                        + String.format(Locale.ROOT, jars, VersionInfo.getVersion())
                        + " (spark-submit --jars JARS, or the driver's class path)");
    }
}
