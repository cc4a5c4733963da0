package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --initial-model} where the experiment and the model disagree: a model section with
 * other layers, units or activations, or data whose classes differ from the model's (order
 * included), is an error saying which and how to fix it; an experiment may leave its model section
 * out and train the initial model's layers.
 */
class InitialModelTest {

    private static final String SIGMOID_MODEL =
            "model: { layers: [ { units: 3, activation: sigmoid }," + " { units: 2, activation: softmax } ] }";
    private static final String K1_FIRST = "x1,x2,label\n0,0,k1\n0,1,k0\n1,0,k0\n1,1,k1\n";
    private static final String K0_FIRST = "x1,x2,label\n0,1,k0\n0,0,k1\n1,0,k0\n1,1,k1\n";

    @TempDir
    Path temp;

    /** An experiment on a CSV file of two features and a label, with the given model section (or none). */
    private Path experiment(String name, String rows, String model) throws IOException {
        Path data = Files.writeString(temp.resolve(name + ".csv"), rows);
        return Files.writeString(
                temp.resolve(name + ".yaml"),
                """
                name: %s
                seed: 3
                data: { training: { type: csv, file: '%s', label: label } }
                %s
                loss: cross-entropy
                optimizer: { name: sgd, learning-rate: 0.1 }
                training: { mode: batch, epochs: 3 }
                """
                        .formatted(name, data, model));
    }

    /** A model trained on data whose classes are [k1, k0]: sigmoid hidden layer of 3, softmax output. */
    private Path sigmoidModel() throws IOException {
        CapturedRun run = CapturedRun.successful(
                "train", experiment("start", K1_FIRST, SIGMOID_MODEL), "--output", temp.resolve("first"));
        return run.runDirectory().resolve("model.yaml");
    }

    private CapturedRun trainFrom(Path model, Path experiment) {
        return CapturedRun.of("train", experiment, "--initial-model", model, "--output", temp.resolve("second"));
    }

    private static void assertConfigError(CapturedRun run, String message) {
        assertEquals(ExitCode.CONFIG.code(), run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(message), run::toString);
    }

    @Test
    void aModelSectionWithOtherActivationsUnitsOrLayersThanTheInitialModelIsAnError() throws IOException {
        Path model = sigmoidModel();
        String fix = "; make the model section describe the initial model, or leave the model section out"
                + " (the initial model gives the layers)";

        assertConfigError(
                trainFrom(model, experiment("relu", K1_FIRST, SIGMOID_MODEL.replace("sigmoid", "relu"))),
                "model.layers[0].activation is relu but layer 1 of the initial model uses sigmoid" + fix);
        assertConfigError(
                trainFrom(model, experiment("wider", K1_FIRST, SIGMOID_MODEL.replace("units: 3", "units: 5"))),
                "model.layers[0].units is 5 but layer 1 of the initial model has 3 units" + fix);
        assertConfigError(
                trainFrom(
                        model,
                        experiment(
                                "deeper",
                                K1_FIRST,
                                SIGMOID_MODEL.replace("[ {", "[ { units: 3, activation: sigmoid }, {"))),
                "model.layers lists 3 layer(s) but the initial model has 2" + fix);
        assertTrue(!Files.exists(temp.resolve("second")), "no run directory for a conflict");
    }

    @Test
    void anExperimentWithoutAModelSectionTrainsTheInitialModelAndWithoutOneNeedsIt() throws IOException {
        Path model = sigmoidModel();
        Path experiment = experiment("bare", K1_FIRST, "");

        CapturedRun trained = trainFrom(model, experiment);
        CapturedRun alone = CapturedRun.of("train", experiment, "--output", temp.resolve("third"));

        assertEquals(ExitCode.OK.code(), trained.exitCode(), trained::toString);
        assertTrue(
                Files.readString(trained.runDirectory().resolve("model.yaml")).contains("sigmoid"), trained::toString);
        assertConfigError(
                alone,
                "missing 'model': e.g. model: { layers: [ { units: 1, activation: sigmoid } ] }, or"
                        + " give train --initial-model MODEL to start from a trained model");
    }

    @Test
    void dataWhoseClassesComeInAnotherOrderThanTheModelsIsAnError() throws IOException {
        Path model = sigmoidModel();

        CapturedRun swapped = trainFrom(model, experiment("swapped", K0_FIRST, SIGMOID_MODEL));
        CapturedRun other = trainFrom(model, experiment("other", K1_FIRST.replace("k0", "k2"), SIGMOID_MODEL));

        assertConfigError(
                swapped,
                "the training data's classes are [k0, k1] (in order of first appearance) but the"
                        + " initial model's outputs stand for [k1, k0], in that order: training would swap their meanings; put"
                        + " the data's rows so that its classes first appear in the model's order (a row of k1 first), or train"
                        + " without --initial-model");
        assertConfigError(
                other,
                "the training data's classes are [k1, k2] but the initial model was trained on [k1, k0];"
                        + " start from a model trained on these classes, or train without --initial-model");
    }
}
