package org.deltanet.experiment.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * The kind and version a deltanet file declares in its first keys ({@code format: deltanet-model},
 * {@code version: 1}). Checked before the rest is bound, so that a file of another kind is
 * reported as such rather than as a list of unknown keys.
 *
 * @param name    the value of {@code format}
 * @param version the version this program writes; it reads every version from 1 to this one
 *                (1: numbers inline in the YAML; 2: weights and biases in an {@code .npz} file beside
 *                it; 3: the feature scaling's offsets and scales in the {@code .npz} file too; 4: a float32
 *                run's arrays of float values stored as float32, {@code <f4})
 */
record DocumentFormat(String name, int version) {

    static final DocumentFormat MODEL = new DocumentFormat("deltanet-model", 4);
    static final DocumentFormat CHECKPOINT = new DocumentFormat("deltanet-checkpoint", 4);

    private static final String FORMAT = "format";
    private static final String VERSION = "version";

    /**
     * Reads the top-level {@code format} and {@code version} keys, stopping as soon as both are seen.
     *
     * @return the version the file declares
     * @throws ModelFileException if either is missing or not the expected value
     * @throws IOException        from the YAML parser on a syntax error before both are seen
     */
    int check(Path file, byte[] source, ObjectMapper mapper) throws IOException {
        String format = null;
        JsonToken versionToken = null;
        String versionText = null;
        try (JsonParser parser = mapper.createParser(source)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw ModelFileException.at(
                        file,
                        YamlPath.root(),
                        "not a " + name + " file: expected a mapping that starts with 'format: " + name + "'");
            }
            while ((format == null || versionToken == null) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals(FORMAT)) {
                    format = parser.getText();
                } else if (key.equals(VERSION)) {
                    versionToken = value;
                    versionText = parser.getText();
                }
                parser.skipChildren();
            }
        }
        if (format == null) {
            throw ModelFileException.at(
                    file, YamlPath.root(), "not a " + name + " file: there is no 'format: " + name + "'");
        }
        if (!format.equals(name)) {
            throw ModelFileException.at(
                    file, YamlPath.root().key(FORMAT), "format is '" + format + "', expected '" + name + "'");
        }
        if (versionToken == null) {
            throw ModelFileException.at(
                    file,
                    YamlPath.root(),
                    "missing key 'version' (this program reads versions 1 to " + version + " of " + name + " files)");
        }
        int declared = versionToken == JsonToken.VALUE_NUMBER_INT && versionText.matches("[0-9]{1,9}")
                ? Integer.parseInt(versionText)
                : -1;
        if (declared < 1 || declared > version) {
            throw ModelFileException.at(
                    file,
                    YamlPath.root().key(VERSION),
                    "version " + versionText + " is not supported; this program reads versions 1 to " + version + " of "
                            + name + " files");
        }
        return declared;
    }
}
