package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

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
                .addSerializer(double[].class, new Doubles())
                .addSerializer(int[].class, new Ints());
    }

    private static void start(JsonGenerator out, Object array, int length) throws IOException {
        if (out instanceof FlowYamlGenerator flow) {
            flow.writeStartFlowArray();
        } else {
            out.writeStartArray(array, length);
        }
    }

    private static final class Doubles extends StdSerializer<double[]> {
        private static final long serialVersionUID = 1L;

        Doubles() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator out, SerializerProvider provider) throws IOException {
            start(out, values, values.length);
            for (double value : values) {
                out.writeNumber(value);
            }
            out.writeEndArray();
        }
    }

    private static final class Ints extends StdSerializer<int[]> {
        private static final long serialVersionUID = 1L;

        Ints() {
            super(int[].class);
        }

        @Override
        public void serialize(int[] values, JsonGenerator out, SerializerProvider provider) throws IOException {
            start(out, values, values.length);
            for (int value : values) {
                out.writeNumber(value);
            }
            out.writeEndArray();
        }
    }
}
