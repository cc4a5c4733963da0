package org.deltanet.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading run directories as a running run leaves them: partial lines, missing files, odd ids. */
class CatalogTest {

    @TempDir
    Path root;

    @Test
    void aHalfWrittenMetricsLineIsNotAnEpoch() {
        MetricsTable table = MetricsTable.parse("epoch,train_loss\n1,0.5\n2,0.4\n3,0.3");
        assertEquals(2, table.epochs());
        assertEquals(0.4, table.last("train_loss"));
        assertEquals(0, MetricsTable.parse("epoch,train_lo").epochs());
        assertEquals(
                2,
                MetricsTable.parse("epoch,train_loss\n1,0.5\n2,\n").epochs(),
                "an empty cell is NaN, not a partial line");
    }

    @Test
    void theTestEvaluationIsReadWhenItIsWholeAndLeftOutOtherwise() throws IOException {
        Path run = Files.createDirectories(root.resolve("iris-20261206-010203"));
        Files.writeString(run.resolve("STATUS"), "complete\n");
        DashboardData data = new DashboardData(new Catalog(List.of(root)));
        assertTrue(data.run("0/iris-20261206-010203").orElseThrow().contains("\"evaluation\":null"));

        Files.writeString(run.resolve("evaluation.json"), "{\"kind\" : \"values\", \"examples\" : 30, \"mse\"");
        assertEquals(null, new RunFolder(run).evaluation(), "half-written");

        Files.writeString(run.resolve("evaluation.json"), "{\"kind\" : \"values\", \"examples\" : 30, \"mse\" : 0.5}");
        assertEquals(30, new RunFolder(run).evaluation().get("examples").asInt());
        assertTrue(
                data.run("0/iris-20261206-010203")
                        .orElseThrow()
                        .contains("\"evaluation\":{\"kind\":\"values\",\"examples\":30,\"mse\":0.5}"),
                data.run("0/iris-20261206-010203").orElseThrow());
    }

    @Test
    void aRunWithOnlyItsStatusIsListedAsRunningWithNoEpochs() throws IOException {
        Path run = Files.createDirectories(root.resolve("xor-20261206-010203"));
        Files.writeString(run.resolve("STATUS"), "running\n");
        Files.writeString(run.resolve("experiment.yaml"), "name: xor\noptimizer: {name: sgd, learning-rate: 0.");
        List<RunEntry> entries = new Catalog(List.of(root)).entries();
        assertEquals(1, entries.size());
        RunEntry entry = entries.get(0);
        assertEquals("0/xor-20261206-010203", entry.id());
        assertEquals("running", entry.status());
        assertEquals(0, entry.epochs());
        assertEquals("2026-12-06T01:02:03", entry.started());
    }

    /** A hidden run directory is one the sweep is still moving into place: not listed. */
    @Test
    void aSweepListsItsVariantsAfterIt() throws IOException {
        Path sweep = Files.createDirectories(root.resolve("iris-sweep-20261206-010203"));
        Files.writeString(sweep.resolve("STATUS"), "complete\n");
        for (String variant : List.of(
                "iris-01-20261206-010204",
                "iris-02-20261206-010205",
                ".iris-03-20261206-010206-5f0c2a9e-1b7d-4c53-9d0e-3a1f6b8c2d41.partial")) {
            Files.writeString(Files.createDirectories(sweep.resolve(variant)).resolve("STATUS"), "complete\n");
        }
        List<RunEntry> entries = new Catalog(List.of(root)).entries();
        assertEquals(
                List.of("sweep", "run", "run"),
                entries.stream().map(RunEntry::kind).toList());
        assertEquals(entries.get(0).id(), entries.get(2).parent());
    }

    @Test
    void idsOutsideTheRootsNameNothing() throws IOException {
        Files.writeString(root.resolve("inside.txt"), "x");
        Catalog catalog = new Catalog(List.of(root.resolve("sub")));
        Files.createDirectories(root.resolve("sub"));
        for (String id : List.of(
                "0/../inside.txt",
                "0/./../inside.txt",
                "1/inside.txt",
                "../inside.txt",
                "0\\..\\inside.txt",
                "0/..\\inside.txt",
                "-1/x",
                "0/" + root.resolve("inside.txt"))) {
            assertTrue(catalog.resolve(id).isEmpty(), id);
        }
        assertTrue(new Catalog(List.of(root)).resolve("0/inside.txt").isPresent());
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsNotFollowed(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "s");
        Files.createSymbolicLink(root.resolve("link"), outside);
        assertTrue(new Catalog(List.of(root)).resolve("0/link/secret.txt").isEmpty());
    }
}
