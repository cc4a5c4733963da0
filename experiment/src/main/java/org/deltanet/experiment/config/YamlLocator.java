package org.deltanet.experiment.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line and column of a key path ({@code model.layers[0].units}) in YAML text, so that
 * errors found while binding (where Jackson's own location is often past the value, or lost in
 * buffering) point at the key the user wrote.
 */
final class YamlLocator {

    private YamlLocator() {
    }

    /**
     * @return {@code line:column} (1-based) of the deepest node of the path that exists in the text
     */
    static Optional<String> locate(String text, List<JsonMappingException.Reference> path) {
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (RuntimeException unparsable) {
            return Optional.empty();
        }
        Mark mark = node == null ? null : node.getStartMark();
        for (JsonMappingException.Reference reference : path) {
            Node[] found = step(node, reference);
            if (found == null) {
                break;
            }
            mark = found[0].getStartMark();
            node = found[1];
        }
        return Optional.ofNullable(mark).map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1));
    }

    /** The key (or element) node and the value node one step down, or null. */
    private static Node[] step(Node node, JsonMappingException.Reference reference) {
        if (reference.getFieldName() != null && node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(reference.getFieldName())) {
                    return new Node[] {key, tuple.getValueNode()};
                }
            }
        }
        if (reference.getIndex() >= 0 && node instanceof SequenceNode sequence
                && reference.getIndex() < sequence.getValue().size()) {
            Node element = sequence.getValue().get(reference.getIndex());
            return new Node[] {element, element};
        }
        return null;
    }
}
