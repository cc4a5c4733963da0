package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.api.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong with plugin jars, and what the user is told: one line naming the jar (and the
 * class or plugin) and exit code 6, or for an unlisted plugin a warning naming the line to add.
 */
class PluginFailuresTest {

    @TempDir
    Path temp;

    private Path folder() {
        return temp.resolve("plugins");
    }

    private CapturedRun listPlugins(String... more) {
        Object[] args = new Object[more.length + 3];
        args[0] = "plugins";
        args[1] = "--plugins";
        args[2] = folder().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CapturedRun.of(args);
    }

    @Test
    void aPluginMissingFromTheServicesFileIsFoundByTheScanWithAWarning() throws IOException {
        Fixtures.activation(
                        "unlisted.jar",
                        "Unlisted",
                        "unlisted",
                        """
                    public double value(double z) { return z; }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .writeTo(folder());

        CapturedRun run = listPlugins();

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        assertTrue(run.out().contains("unlisted               unlisted for tests"), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(
                run.err()
                        .startsWith(
                                "deltanet: warning: " + folder().resolve("unlisted.jar")
                                        + ": fixture.Unlisted is an activation not listed in META-INF/services/org.deltanet.api.Activation;"
                                        + " loaded it anyway. Add the line 'fixture.Unlisted' to META-INF/services/org.deltanet.api.Activation"),
                run::toString);
    }

    @Test
    void twoJarsWithOnePluginNameAreAConflictNamingBothJarsUntilOneIsPreferred() throws IOException {
        Path first = twin("first.jar", "First");
        Path second = twin("second.jar", "Second");

        CapturedRun conflict = listPlugins();
        CapturedRun preferred = listPlugins("--prefer", "second.jar");

        assertEquals(ExitCode.PLUGIN.code(), conflict.exitCode(), conflict::toString);
        assertEquals(1, conflict.errLines().size(), conflict::toString);
        assertEquals(
                "deltanet: two activations are named 'twin': fixture.First from " + first
                        + " and fixture.Second from " + second
                        + "; remove one of the two, or choose one with --prefer first.jar (or --prefer second.jar)",
                conflict.errLines().get(0));
        assertEquals(ExitCode.OK.code(), preferred.exitCode(), preferred::toString);
        assertTrue(preferred.out().contains("jar " + second), preferred::toString);
        assertTrue(!preferred.out().contains("jar " + first), preferred::toString);
    }

    @Test
    void aPreferenceNamingNoLoadedJarIsAnErrorListingTheJarsThatAre() throws IOException {
        twin("first.jar", "First");

        CapturedRun run = listPlugins("--prefer", "frist.jar");

        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(
                "deltanet: the preferred plugin jar 'frist.jar' is none of the jars plugins were loaded from (",
                run.errLines().get(0).substring(0, run.errLines().get(0).indexOf('(') + 1));
        assertTrue(run.err().contains("first.jar); name one of them by its file name or path"), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
    }

    @Test
    void aPluginNameThatBreaksTheRuleIsRefusedWithTheNameItShouldHave() throws IOException {
        Path jar = Fixtures.activation(
                        "camel.jar",
                        "LeakyReLU",
                        "LeakyReLU_2",
                        """
                    public double value(double z) { return z; }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .service(Activation.class, "fixture.LeakyReLU")
                .writeTo(folder());

        CapturedRun run = listPlugins();

        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(
                List.of("deltanet: " + jar + ": fixture.LeakyReLU names its activation 'LeakyReLU_2', but plugin"
                        + " names are lowercase words joined by hyphens (e.g. 'leaky-relu-2'); change what name()"
                        + " returns"),
                run.errLines());
    }

    private Path twin(String jar, String className) throws IOException {
        return Fixtures.activation(
                        jar,
                        className,
                        "twin",
                        """
                    public double value(double z) { return z; }
                    public double derivative(double z, double a) { return 1.0; }
                """)
                .service(Activation.class, "fixture." + className)
                .writeTo(folder());
    }

    @Test
    void aFileThatIsNotAJarIsOneLineNamingIt() throws IOException {
        Files.createDirectories(folder());
        Files.writeString(folder().resolve("broken.jar"), "not a zip file");

        CapturedRun run = listPlugins();

        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(
                run.err().startsWith("deltanet: " + folder().resolve("broken.jar") + ": cannot read the plugin jar: "),
                run::toString);
    }

    @Test
    void aMissingPluginFolderIsOneLineNamingIt() {
        CapturedRun run = listPlugins();

        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(
                "deltanet: " + folder() + ": no such plugin jar or folder",
                run.err().strip());
    }

    @Test
    void aConstructorThatThrowsIsOneLineNamingTheJarAndTheClass() throws IOException {
        Path jar = Fixtures.fragile().writeTo(folder());

        CapturedRun run = listPlugins();

        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertEquals(
                "deltanet: " + jar + ": cannot load plugin class fixture.Fragile: IllegalStateException: "
                        + "no licence file",
                run.err().strip());
    }

    @Test
    void aJarBuiltAgainstAnotherApiIsOneLineNamingTheJarTheClassAndTheMissingApiClass() throws IOException {
        Path jar = Fixtures.fromAnotherApi().writeTo(folder());

        CapturedRun run = listPlugins();

        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(
                run.err().startsWith("deltanet: " + jar + ": cannot load plugin class fixture.Future"), run::toString);
        assertTrue(run.err().contains("NoClassDefFoundError: org/deltanet/api/GatedActivation"), run::toString);
        assertTrue(run.err().contains("built against another version of deltanet-api"), run::toString);
    }

    @Test
    void aPluginThatThrowsDuringTrainingStopsTheRunNamingThePluginAndItsJar() throws IOException {
        Path jar = Fixtures.exploding().writeTo(folder());
        Path experiment = XorExperiment.write(temp, "exploding", "sgd", 5, "plugins");

        CapturedRun run = CapturedRun.of(
                "train", experiment.toString(), "--output", temp.resolve("runs").toString());

        String message = "the activation 'exploding' from " + jar + " failed: IllegalStateException: exploded at z = ";
        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("deltanet: " + message), run::toString);
        assertTrue(run.err().contains("(at fixture.Exploding.value("), run::toString);
        assertTrue(
                XorExperiment.status(XorExperiment.runIn(temp.resolve("runs"))).startsWith("failed: " + message));
    }

    @Test
    void anAssertionErrorInAPluginIsOneLineExitSixAndAFailedStatus() throws IOException {
        Path jar = Fixtures.throwingError("asserting.jar", "Asserting", "new AssertionError(\"z out of range\")")
                .writeTo(folder());

        assertTrainingFailsNaming(
                "the activation 'asserting' from " + jar
                        + " failed: AssertionError: z out of range (at fixture.Asserting.value(",
                trainWith("asserting"));
    }

    @Test
    void aStackOverflowErrorInAPluginIsOneLineExitSixAndAFailedStatus() throws IOException {
        Path jar = Fixtures.bottomless().writeTo(folder());

        assertTrainingFailsNaming(
                "the activation 'bottomless' from " + jar + " failed: StackOverflowError (at fixture.Bottomless.value(",
                trainWith("bottomless"));
    }

    @Test
    void anAbstractMethodErrorFromAJarBuiltAgainstAnOlderApiBlamesTheApiVersion() throws IOException {
        Path jar = Fixtures.olderApi().writeTo(folder());

        CapturedRun run = trainWith("older");

        assertTrainingFailsNaming("the activation 'older' from " + jar + " failed: AbstractMethodError: ", run);
        assertTrue(run.err().contains("built against another version of deltanet-api"), run::toString);
    }

    @Test
    void aClassMissingFromThePluginsOwnJarIsSaidSoInsteadOfBlamingTheApi() throws IOException {
        Path jar = Fixtures.withoutItsHelper().writeTo(folder());

        CapturedRun run = trainWith("helpless");

        assertTrainingFailsNaming(
                "the activation 'helpless' from " + jar
                        + " failed: NoClassDefFoundError: fixture/Helper (the jar lacks fixture.Helper, a class of the plugin"
                        + " itself or of a library it uses, not of deltanet; package it into the jar)",
                run);
        assertTrue(!run.err().contains("deltanet-api"), run::toString);
    }

    @Test
    void aNanFromFiniteInputNamesThePluginAndItsJarNotTheLearningRate() throws IOException {
        Fixtures.nanGelu().writeTo(folder());

        CapturedRun run = trainWith("gelu");

        assertTrainingFailsNaming(
                "activation 'gelu' from gelu-1.0.0.jar returned NaN for finite input at layer 1," + " epoch 1, step 1",
                run);
        assertTrue(!run.err().contains("learning rate;") && !run.err().contains("diverged"), run::toString);
    }

    private CapturedRun trainWith(String activation) throws IOException {
        Path experiment = XorExperiment.write(temp, activation, "sgd", 5, "plugins");
        return CapturedRun.of(
                "train", experiment.toString(), "--output", temp.resolve("runs").toString());
    }

    /** Exit 6, one line that starts with {@code message} and no stack trace, and STATUS {@code failed: message...}. */
    private void assertTrainingFailsNaming(String message, CapturedRun run) throws IOException {
        assertEquals(ExitCode.PLUGIN.code(), run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("deltanet: " + message), run::toString);
        assertTrue(
                XorExperiment.status(XorExperiment.runIn(temp.resolve("runs"))).startsWith("failed: " + message),
                run::toString);
    }
}
