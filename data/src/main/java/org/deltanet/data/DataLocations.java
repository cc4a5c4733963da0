package org.deltanet.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where a data file is, as an experiment names it: a path (relative to the experiment file's
 * folder), a {@code file:} URI ({@code file:///data/iris.csv}), or a URI of another scheme
 * ({@code hdfs://namenode/data/iris.csv}, {@code s3a://bucket/iris.csv}) read through
 * {@link RemoteFiles}. Formats read their files through {@link #read(List, Function)}, which hands
 * them local paths (a remote file is copied to a temporary file first, deleted afterwards) and
 * turns every {@link DataException} about such a path back into one naming the location as given:
 * <pre>{@code
 * LabeledData data = DataLocations.read("s3a://bucket/iris.csv", path -> csv.read(path));
 * }</pre>
 */
public final class DataLocations {

    /** {@code scheme:/...}: a scheme of two letters or more, so that {@code C:/data} stays a path. */
    private static final Pattern URI_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:/.*");

    private DataLocations() {}

    /** Whether {@code location} is a URI ({@code scheme:/...}) rather than a path. */
    public static boolean isUri(String location) {
        return URI_FORM.matcher(location).matches();
    }

    /** Reads one file: {@code reader} gets it as a local path. */
    public static <T> T read(String location, Function<Path, T> reader) {
        return read(List.of(location), paths -> reader.apply(paths.get(0)));
    }

    /**
     * Reads files together: {@code reader} gets them as local paths, in the same order.
     *
     * @throws DataException naming the location as given when a file is missing, cannot be reached,
     *         has a scheme nothing can read, or is malformed
     */
    public static <T> T read(List<String> locations, Function<List<Path>, T> reader) {
        List<Local> locals = new ArrayList<>();
        try {
            for (String location : locations) {
                locals.add(local(location));
            }
            try {
                return reader.apply(locals.stream().map(Local::path).toList());
            } catch (DataException e) {
                for (Local local : locals) {
                    if (local.path().toString().equals(e.location())) {
                        throw e.at(local.location());
                    }
                }
                throw e;
            }
        } finally {
            locals.forEach(Local::delete);
        }
    }

    private static Local local(String location) {
        if (!isUri(location)) {
            return new Local(location, Path.of(location), false);
        }
        URI uri = uri(location);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try {
                return new Local(location, Path.of(uri), false);
            } catch (IllegalArgumentException e) {
                throw new DataException(
                        location,
                        "is not a file URI deltanet can read (" + e.getMessage() + "); write file:///absolute/path");
            }
        }
        return new Local(location, copy(location, uri), true);
    }

    private static URI uri(String location) {
        try {
            return new URI(location);
        } catch (URISyntaxException e) {
            throw new DataException(location, "is not a valid URI: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    /** The remote file copied into a temporary file named as it is (so a {@code .tsv} stays tab-separated). */
    private static Path copy(String location, URI uri) {
        RemoteFiles remote = remoteFiles(location, uri.getScheme());
        String name = Path.of(uri.getPath() == null || uri.getPath().isEmpty() ? "data" : uri.getPath())
                .getFileName()
                .toString();
        Path copy = null;
        try {
            copy = Files.createTempFile("deltanet-", "-" + name);
            try (InputStream in = remote.open(uri)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (FileNotFoundException | NoSuchFileException e) {
            delete(copy);
            throw new DataException(location, "no such file");
        } catch (IOException e) {
            delete(copy);
            DataException failure = new DataException(
                    location,
                    "cannot be read: "
                            + (e.getMessage() != null
                                    ? e.getMessage().lines().findFirst().orElse("")
                                    : e.getClass().getSimpleName()));
            failure.initCause(e);
            throw failure;
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private static RemoteFiles remoteFiles(String location, String scheme) {
        Iterator<RemoteFiles> found = ServiceLoader.load(RemoteFiles.class, DataLocations.class.getClassLoader())
                .iterator();
        if (!found.hasNext()) {
            throw new DataException(
                    location,
                    "nothing here reads '" + scheme + ":' URIs: they are read through Hadoop, which comes with "
                            + "deltanet's spark module; run the deltanet jar that holds Spark, or give a path or a "
                            + "file:/// URI");
        }
        return found.next();
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** A location, the local path it is read from, and whether that path is a temporary copy. */
    private record Local(String location, Path path, boolean temporary) {
        void delete() {
            if (temporary) {
                DataLocations.delete(path);
            }
        }
    }
}
