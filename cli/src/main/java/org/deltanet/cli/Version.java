package org.deltanet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version from the build, for {@code --version}. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/deltanet-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "deltanet " + properties.getProperty("version", "unknown") + " (Java " + System.getProperty("java.version")
                    + ")"
        };
    }
}
