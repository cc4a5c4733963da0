package org.deltanet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A small XOR experiment file for the plugin tests, and the run it leaves behind. */
final class XorExperiment {

    private XorExperiment() {}

    /**
     * Writes {@code experiment.yaml} into {@code folder}: 2-4-1 on XOR, full batch.
     *
     * @param activation the hidden layer's activation, e.g. {@code swish} or {@code { name: swish, beta: 2 }}
     * @param optimizer  e.g. {@code { name: rmsprop, learning-rate: 0.01 }}
     * @param plugins    the file's {@code plugins:} entries, relative to {@code folder}
     */
    static Path write(Path folder, String activation, String optimizer, int epochs, String... plugins)
            throws IOException {
        Path file = folder.resolve("experiment.yaml");
        Files.writeString(
                file,
                """
                name: plugin-test
                seed: 7
                data: { training: { type: xor } }
                model:
                  layers:
                    - { units: 4, activation: %s }
                    - { units: 1, activation: sigmoid }
                loss: binary-cross-entropy
                optimizer: %s
                training: { mode: batch, epochs: %d }
                plugins: [%s]
                """
                        .formatted(activation, optimizer, epochs, String.join(", ", plugins)));
        return file;
    }

    /** The one run directory under {@code output}. */
    static Path runIn(Path output) {
        try (Stream<Path> runs = Files.list(output)) {
            return runs.reduce((a, b) -> {
                        throw new IllegalStateException("more than one run in " + output);
                    })
                    .orElseThrow(() -> new IllegalStateException("no run in " + output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code STATUS} file of a run directory. */
    static String status(Path run) throws IOException {
        return Files.readString(run.resolve("STATUS")).strip();
    }
}
