package org.deltanet.files;

import java.nio.file.Path;

/** How messages say that a file is not there. */
public final class MissingFiles {

    private MissingFiles() {}

    /**
     * {@code no such file}, with the absolute path that was looked for when the file was named
     * by a relative path: {@code no such file (looked for /home/me/data/iris.csv)}.
     */
    public static String problem(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return "no such file" + (absolute.toString().equals(file.toString()) ? "" : " (looked for " + absolute + ")");
    }
}
