package org.deltanet.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A jar's identity: the SHA-256 of its bytes, as 64 lowercase hex digits. Two paths to the same
 * bytes (a copy Spark made for its executors, a jar in two folders) are one jar; two jars of one
 * name with other bytes are not.
 */
public final class JarDigest {

    private JarDigest() {}

    /**
     * @throws PluginLoadException if the file cannot be read
     */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new PluginLoadException(file + ": cannot read the plugin jar: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
