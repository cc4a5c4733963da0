package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML generator that can write a single list in flow style ({@code [0.5, -1.25]}) inside an
 * otherwise block-style document, so that a weight row takes a line instead of a line per number.
 */
final class FlowYamlGenerator extends YAMLGenerator {

    FlowYamlGenerator(
            IOContext context,
            int features,
            int yamlFeatures,
            StringQuotingChecker quoting,
            ObjectCodec codec,
            Writer out,
            DumperOptions.Version version)
            throws IOException {
        super(context, features, yamlFeatures, quoting, codec, out, version);
    }

    /**
     * Starts a list written in flow style; its elements follow and {@link #writeEndArray} ends it.
     * The style applies to this list only (the emitter decides it when the list starts).
     */
    void writeStartFlowArray() throws IOException {
        DumperOptions.FlowStyle style = _outputOptions.getDefaultFlowStyle();
        _outputOptions.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        try {
            writeStartArray();
        } finally {
            _outputOptions.setDefaultFlowStyle(style);
        }
    }
}
