package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;

/** A {@link YAMLFactory} whose generators are {@link FlowYamlGenerator}s. */
final class FlowYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    FlowYamlFactory() {}

    private FlowYamlFactory(FlowYamlFactory source) {
        super(source, null);
    }

    @Override
    public YAMLFactory copy() {
        return new FlowYamlFactory(this);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
        return new FlowYamlGenerator(
                context, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, _objectCodec, out, _version);
    }
}
