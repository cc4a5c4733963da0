package org.deltanet.cli;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.deltanet.cli.BadInputTest.assertOneMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data files named by URIs through the command line: {@code file:} URIs train and evaluate
 * without Spark and stay URIs in the run's experiment.yaml; a scheme nothing on the class path
 * reads, an {@code s3a:} URI without hadoop-aws, an unknown host and a missing file are one line
 * each (exit 4), before any run directory exists.
 */
class DataUriTest {

    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("runs");
    }

    private Path experiment(String file) throws IOException {
        return Files.writeString(
                dir.resolve("uri.yaml"),
                BadInputTest.EXPERIMENT.replace("file: flowers.csv", "file: \"" + file + "\""));
    }

    private CapturedRun train(String file) throws IOException {
        return CapturedRun.of("train", experiment(file), "--output", output());
    }

    @Test
    void fileUrisTrainAndEvaluateAndStayUrisInTheRunsExperiment() throws IOException {
        Path flowers = Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        String uri = flowers.toUri().toString();
        assertTrue(uri.startsWith("file:///"), uri);

        CapturedRun run = train(uri);

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        Path directory = XorExperiment.runIn(output());
        String resolved = Files.readString(directory.resolve("experiment.yaml"));
        assertTrue(resolved.contains(uri), "the URI as given, not a local path:\n" + resolved);
        CapturedRun evaluate = CapturedRun.of(
                "evaluate",
                directory.resolve("model.yaml"),
                "--source",
                "{type: csv, file: '" + uri + "', label: species}");
        assertEquals(ExitCode.OK.code(), evaluate.exitCode(), evaluate::toString);
        assertTrue(evaluate.out().startsWith("9 examples"), evaluate::toString);
    }

    @Test
    void aSweepReadsAFileUriOnTheDriverAndItsRunsKeepTheUri() throws IOException {
        Path flowers = Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        String uri = flowers.toUri().toString();
        Path file = Files.writeString(
                experiment(uri),
                "sweep: { parameters: { optimizer.learning-rate: [0.1, 0.03] }, metric: training-loss }\n",
                APPEND);

        CapturedRun run = CapturedRun.of("sweep", file, "--master", "local[1]", "--output", output());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        try (Stream<Path> files = Files.walk(output())) {
            List<Path> experiments = files.filter(
                            p -> p.getFileName().toString().equals("experiment.yaml"))
                    .toList();
            assertEquals(3, experiments.size(), "the sweep's and its two variants': " + experiments);
            for (Path experiment : experiments) {
                assertTrue(Files.readString(experiment).contains(uri), experiment + " names " + uri);
            }
        }
    }

    @Test
    void aMalformedFileIsNamedByItsUri() throws IOException {
        Path flowers =
                Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS.replace("3.0,setosa", "x,setosa"));
        String uri = flowers.toUri().toString();

        assertOneMessage(train(uri), ExitCode.DATA, List.of(uri + ":3: column 'x2': 'x' is not a number"));
        assertFalse(Files.exists(output()), "no run directory");
    }

    @Test
    void aMissingFileIsOneLineWithItsUri() throws IOException {
        String uri = dir.resolve("missing.csv").toUri().toString();

        assertOneMessage(train(uri), ExitCode.DATA, List.of(uri + ": no such file"));
        assertFalse(Files.exists(output()), "no run directory");
    }

    @Test
    void anUnknownSchemeIsOneLineNamingIt() throws IOException {
        assertOneMessage(
                train("nosuch://x/y.csv"),
                ExitCode.DATA,
                List.of(
                        "nosuch://x/y.csv: no Hadoop file system for the scheme 'nosuch:' on the class path; add the jar"));
        assertFalse(Files.exists(output()), "no run directory");
    }

    @Test
    void anUnreachableHostIsOneLineWithTheUri() throws IOException {
        assertOneMessage(
                train("hdfs://no-such-host.invalid:8020/flowers.csv"),
                ExitCode.DATA,
                List.of(
                        "hdfs://no-such-host.invalid:8020/flowers.csv: cannot be read: unknown host no-such-host.invalid"));
        assertFalse(Files.exists(output()), "no run directory");
    }

    @Test
    void s3aWithoutHadoopAwsSaysWhatToAdd() throws IOException {
        assertOneMessage(
                train("s3a://bucket/flowers.csv"),
                ExitCode.DATA,
                List.of(
                        "s3a://bucket/flowers.csv: no Hadoop file system for the scheme 's3a:' on the class path",
                        "add hadoop-aws-",
                        ".jar and the AWS SDK bundle",
                        "spark-submit --jars"));
        assertFalse(Files.exists(output()), "no run directory");
    }

    @Test
    void evaluateRefusesAnUnknownSchemeInOneLine() throws IOException {
        Path flowers = Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        CapturedRun run = train(flowers.toString());
        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        Path model = XorExperiment.runIn(output()).resolve("model.yaml");

        assertOneMessage(
                CapturedRun.of("evaluate", model, "--source", "{type: csv, file: 'nosuch://x/y.csv', label: species}"),
                ExitCode.DATA,
                List.of("nosuch://x/y.csv: no Hadoop file system for the scheme 'nosuch:'"));
    }
}
