package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A key or value that does not fit the record it is bound to, found on the parsed tree by
 * {@link TreeCheck}: its message is the whole description ({@code unknown key 'epoch' in training;
 * did you mean 'epochs'?}), its path where it applies; {@link YamlErrors} adds file:line:column.
 */
public final class TreeProblem extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient YamlPath path;

    TreeProblem(YamlPath path, String message) {
        super(null, message);
        this.path = path;
    }

    /** Where the problem is: the unknown or missing key, or the value of the wrong kind. */
    public YamlPath path() {
        return path;
    }
}
