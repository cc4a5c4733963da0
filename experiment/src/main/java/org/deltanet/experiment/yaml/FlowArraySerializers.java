package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Array;

/**
 * Writes {@code double[]} and {@code int[]} as one flow-style list each ({@code [1.0, 2.5]}), so a
 * matrix ({@code double[][]}) becomes a block list of one-line rows. Doubles are written in full
 * (shortest text that reads back as the same double).
 */
final class FlowArraySerializers {

    private FlowArraySerializers() {}

    /** A module with both serializers. */
    static SimpleModule module() {
        return new SimpleModule("flow-arrays")
                .addSerializer(double[].class, new FlowArray<>(double[].class, (values, out) -> {
                    for (double value : values) {
                        out.writeNumber(value);
                    }
                }))
                .addSerializer(int[].class, new FlowArray<>(int[].class, (values, out) -> {
                    for (int value : values) {
                        out.writeNumber(value);
                    }
                }));
    }

    /** Writes the elements of one array, between the start and end the serializer writes. */
    @FunctionalInterface
    private interface Elements<T> {
        void write(T values, JsonGenerator out) throws IOException;
    }

    /** One flow-style list per array of type {@code T}; {@code elements} writes its numbers. */
    private static final class FlowArray<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Elements<T> elements;

        FlowArray(Class<T> type, Elements<T> elements) {
            super(type);
            this.elements = elements;
        }

        @Override
        public void serialize(T values, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (out instanceof FlowYamlGenerator flow) {
                flow.writeStartFlowArray();
            } else {
                out.writeStartArray(values, Array.getLength(values));
            }
            elements.write(values, out);
            out.writeEndArray();
        }
    }
}
