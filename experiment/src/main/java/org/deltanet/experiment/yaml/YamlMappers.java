package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.deltanet.data.DataFormat;
import org.deltanet.data.DataFormats;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one way deltanet reads and writes its YAML files (experiments, models, checkpoints): records
 * bound with kebab-case keys ({@code inputSize} is {@code input-size}), strictly.
 *
 * <ul>
 *   <li>Reading rejects nesting deeper than {@value #MAX_NESTING} levels, unknown and duplicate keys, fractions where whole numbers belong, an
 *       empty value for a primitive, and a second document in the file; bind with
 *       {@link TreeCheck}, which finds unknown keys and wrong types on the parsed tree, and
 *       report the exceptions with {@link YamlErrors#describe}.</li>
 *   <li>Writing leaves out null values, writes no {@code ---} marker, writes a type as the
 *       key files use ({@code type: csv}, not the tag {@code !<csv>}), quotes strings only where
 *       YAML needs it (and where they look like numbers), and writes every {@code double[]} and {@code int[]} as a one-line list with
 *       doubles in full precision, so that they read back exactly.</li>
 *   <li>A data section's {@code type} names an installed {@link DataFormat}, whose record it
 *       is bound to.</li>
 * </ul>
 */
public final class YamlMappers {

    /**
     * How deep mappings and lists may nest: an experiment or model file nests fewer than ten levels,
     * so 64 is generous for real files and stops a hostile one at once.
     */
    public static final int MAX_NESTING = 64;

    private YamlMappers() {}

    /** A new mapper configured as described above. */
    public static YAMLMapper create() {
        return create(DataFormats.installed());
    }

    /**
     * A new mapper configured as described above whose data sections are those of {@code formats},
     * e.g. the installed ones with a plugin jar's ({@link DataFormats#with}).
     */
    public static YAMLMapper create(List<DataFormat> formats) {
        return create(new FlowYamlFactory(), formats);
    }

    /**
     * A mapper for reading a document of the given size: SnakeYAML's limit on code points (3 MiB
     * by default) is raised to the document's size, so that a user's own large file reads, while
     * its other limits (aliases, nesting depth) stay.
     *
     * @param bytes the size of the document to read
     */
    public static YAMLMapper forDocumentOf(long bytes) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(options.getCodePointLimit(), bytes + 1)));
        return create(YAMLFactory.builder().loaderOptions(options).build(), DataFormats.installed());
    }

    private static YAMLMapper create(YAMLFactory factory, List<DataFormat> formats) {
        factory.setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        return YAMLMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(FlowArraySerializers.module())
                .registerSubtypes(
                        formats.stream().map(YamlMappers::sourceSection).toArray(NamedType[]::new))
                .build();
    }

    /** A data section {@code type: csv} binds to the csv format's record. */
    private static NamedType sourceSection(DataFormat format) {
        return new NamedType(format.sourceType(), format.name());
    }
}
