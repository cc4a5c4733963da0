package org.deltanet.experiment.model;

import java.nio.file.Path;
import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;
import org.deltanet.experiment.yaml.YamlErrors;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * A model or checkpoint file that cannot be read or written. The message is one line saying where
 * (file, line and column where known) and what is wrong:
 * {@code model.yaml:12:7: layer 2: weights row 3 has 5 numbers, expected 4 (one per input)}.
 */
public final class ModelFileException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    /** @param message the complete message, starting with the file */
    public ModelFileException(String message, Throwable cause) {
        super(ErrorCategory.CONFIG, message, cause);
    }

    /** A problem with the value at {@code path} of {@code file}, located by line and column. */
    static ModelFileException at(Path file, YamlPath path, String problem) {
        return new ModelFileException(YamlErrors.where(file, path) + ": " + problem, null);
    }
}
