package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.deltanet.dashboard.Catalog;
import org.deltanet.dashboard.DashboardServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser (Debian's headless chromium): runs trained by the command line,
 * served by {@link DashboardServer}, read through the pages as a user reads them. Screenshots of
 * the main pages land in {@code target/screenshots} (docs/ keeps copies).
 */
class DashboardBrowserTest {

    @TempDir
    static Path runs;

    private static DashboardServer server;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser browser;

    @BeforeAll
    static void trainFixturesAndServe() throws IOException {
        Browser.assumeInstalled();
        CapturedRun.successful(
                "train", Repository.EXAMPLES.resolve("iris.yaml"), "--output", runs, "--set", "training.epochs=60");
        CapturedRun.successful(
                "train",
                Repository.EXAMPLES.resolve("iris.yaml"),
                "--output",
                runs,
                "--set",
                "training.epochs=60",
                "--set",
                "optimizer.learning-rate=0.05");
        CapturedRun.successful("train", Repository.EXAMPLES.resolve("xor.yaml"), "--output", runs);
        CapturedRun.successful(
                "train",
                Repository.EXAMPLES.resolve("iris-regression.yaml"),
                "--output",
                runs,
                "--set",
                "training.epochs=30",
                "--set",
                "data.validation-split=0.2");
        server = DashboardServer.start(new Catalog(List.of(runs)), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            List<String> errors = browser.consoleErrors();
            browser.close();
            assertEquals(List.of(), errors, "the browser console shows errors");
        }
    }

    @Test
    void runsPageListsTheRunsOfTheDirectory() throws IOException {
        List<String> names = runNames();
        browser.driver.get(server.url());
        browser.waiting(10)
                .until(d ->
                        d.findElements(By.cssSelector("#runs-table tbody tr")).size() == names.size());
        String table = browser.driver.findElement(By.id("runs-table")).getText();
        for (String name : names) {
            assertTrue(table.contains(name), name + " in\n" + table);
        }
        assertTrue(table.contains("adam") && table.contains("momentum"), table);

        WebElement filter = browser.driver.findElement(By.id("filter"));
        filter.sendKeys("xor");
        browser.waiting(5)
                .until(d ->
                        d.findElements(By.cssSelector("#runs-table tbody tr")).size() == 1);
        filter.clear();
        filter.sendKeys(" ");
        browser.waiting(5)
                .until(d ->
                        d.findElements(By.cssSelector("#runs-table tbody tr")).size() == names.size());
        browser.screenshot(SCREENSHOTS.resolve("dashboard-runs.png"));

        browser.driver.findElement(By.linkText(names.get(0))).click();
        browser.waiting(10)
                .until(d -> d.findElements(By.cssSelector("#run-charts .uplot")).size() >= 3);
        assertEquals("complete", browser.driver.findElement(By.id("run-status")).getText());
        browser.screenshot(SCREENSHOTS.resolve("dashboard-run.png"));
    }

    /** A classification run's page shows the test evaluation: headline scores, per-class table, confusion.png. */
    @Test
    void aClassificationRunShowsItsTestEvaluationAndConfusionMatrix() throws IOException {
        String iris = runNames().stream()
                .filter(n -> n.matches("iris-\\d.*"))
                .findFirst()
                .orElseThrow();
        browser.driver.get(server.url() + "#/run/0%2F" + iris);
        browser.waiting(10).until(d -> confusionLoaded());

        List<String> rows = browser.driver.findElements(By.cssSelector("#evaluation-table tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals("class precision recall f1 support", rows.get(0));
        assertEquals(6, rows.size(), "header, three species, macro and weighted: " + rows);
        assertTrue(rows.get(1).matches("setosa \\d\\.\\d{4} \\d\\.\\d{4} \\d\\.\\d{4} \\d+"), rows.get(1));
        assertTrue(rows.get(4).startsWith("macro avg ") && rows.get(4).endsWith(" 30"), rows.get(4));
        assertTrue(rows.get(5).startsWith("weighted avg "), rows.get(5));
        String scores = browser.driver.findElement(By.id("evaluation-scores")).getText();
        assertTrue(
                scores.matches(
                        "(?s)examples\n30\nloss\n\\d\\.\\d{4}\naccuracy\n\\d\\.\\d{4}\nmacro F1\n.*weighted F1\n.*"),
                scores);
        WebElement evaluation = browser.driver.findElement(By.id("run-evaluation"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView();", evaluation);
        browser.screenshot(SCREENSHOTS.resolve("dashboard-evaluation.png"));
    }

    /** A regression run: no accuracy chart, the MSE/MAE/R² table, no confusion matrix. */
    @Test
    void aRegressionRunShowsErrorsAndNoAccuracy() throws IOException {
        String regression = runNames().stream()
                .filter(n -> n.startsWith("iris-regression"))
                .findFirst()
                .orElseThrow();
        browser.driver.get(server.url() + "#/run/0%2F" + regression);
        browser.waiting(10)
                .until(d -> !d.findElements(By.id("evaluation-table")).isEmpty()
                        && d.findElements(By.cssSelector("#run-charts .uplot")).size() == 3);

        List<String> titles = browser.driver.findElements(By.cssSelector("#run-charts .chart")).stream()
                .map(chart -> chart.getAttribute("data-title"))
                .toList();
        assertEquals(List.of("loss", "learning rate", "mean |delta| per layer"), titles);
        List<String> rows = browser.driver.findElements(By.cssSelector("#evaluation-table tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("output mse mae r2", rows.get(0));
        assertTrue(rows.get(1).matches("petal_width \\S+ \\S+ \\d\\.\\d{4}"), rows.get(1));
        String scores = browser.driver.findElement(By.id("evaluation-scores")).getText();
        assertTrue(scores.contains("MSE") && scores.contains("R²") && !scores.contains("accuracy"), scores);
        assertTrue(browser.driver.findElements(By.id("run-confusion")).isEmpty());
        assertFalse(browser.driver.findElement(By.id("main")).getText().contains("accuracy"));
        ((JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView();", browser.driver.findElement(By.id("run-evaluation")));
        browser.screenshot(SCREENSHOTS.resolve("dashboard-regression.png"));
    }

    @Test
    void compareOverlaysTwoRunsAndShowsOnlyTheDifferingKeys() throws IOException {
        List<String> iris =
                runNames().stream().filter(n -> n.matches("iris-\\d.*")).toList();
        browser.driver.get(server.url() + "#/compare?ids=0%2F" + iris.get(0) + ",0%2F" + iris.get(1));
        browser.waiting(10)
                .until(d ->
                        d.findElements(By.cssSelector("#compare-diff tbody tr")).size() > 0);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#compare-diff tbody tr"));
        assertEquals(
                1,
                rows.size(),
                "only the learning rate differs: "
                        + browser.driver.findElement(By.id("compare-diff")).getText());
        assertEquals("optimizer.learning-rate 0.01 0.05", rows.get(0).getText());
        List<WebElement> legends = browser.driver.findElements(By.cssSelector("#compare-charts .uplot"));
        assertEquals(4, legends.size());
        for (WebElement chart : legends) {
            String legend = chart.findElement(By.className("u-legend")).getText();
            assertTrue(legend.contains(iris.get(0)) && legend.contains(iris.get(1)), legend);
        }
        browser.screenshot(SCREENSHOTS.resolve("dashboard-compare.png"));
    }

    @Test
    void aRunTrainedDuringTheTestAppearsAndItsEpochsGrowWithoutReload(@TempDir Path work) throws Exception {
        Path experiment = slowExperiment(work);
        browser.driver.get(server.url());
        browser.waiting(10).until(d -> !d.findElements(By.cssSelector("#runs-table tbody tr"))
                .isEmpty());
        ((JavascriptExecutor) browser.driver).executeScript("window.notReloaded = true;");

        CompletableFuture<CapturedRun> training =
                CompletableFuture.supplyAsync(() -> CapturedRun.of("train", experiment, "--output", runs));
        try {
            // found and clicked in one look: the table re-renders while the run trains
            browser.waiting(30).until(d -> {
                d.findElement(By.partialLinkText("live-")).click();
                return true;
            });
            browser.waiting(30).until(d -> epochs() >= 1);
            int first = epochs();
            browser.waiting(60).until(d -> epochs() > first);
            browser.waiting(120).until(d -> "complete"
                    .equals(d.findElement(By.id("run-status")).getText()));
        } finally {
            assertEquals(ExitCode.OK.code(), training.get().exitCode(), () -> training.join()
                    .toString());
        }
        assertEquals(16, epochs());
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser.driver).executeScript("return window.notReloaded;"),
                "the page was reloaded");
    }

    @Test
    void pathTraversalIsRefusedInEveryEncoding() throws IOException {
        for (String path : List.of(
                "/files/../../etc/passwd",
                "/files/..%2f..%2fetc%2fpasswd",
                "/files/%2e%2e/%2e%2e/etc/passwd",
                "/files/0/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/files/0/..%5c..%5c..%5cetc%5cpasswd",
                "/files/%252e%252e/%252e%252e/etc/passwd",
                "/files/0/..%c0%af..%c0%afetc/passwd",
                "/files/0//etc/passwd",
                "/files/0/%2Fetc%2Fpasswd")) {
            String response = rawGet(path);
            assertFalse(response.contains("root:"), path + " served /etc/passwd");
            assertTrue(
                    response.startsWith("HTTP/1.1 403")
                            || response.startsWith("HTTP/1.1 404")
                            || response.startsWith("HTTP/1.1 400"),
                    path + ": " + response.lines().findFirst().orElse(""));
        }
        assertTrue(rawGet("/files/../../etc/passwd").startsWith("HTTP/1.1 403"));
        browser.driver.get(server.url() + "files/..%2f..%2f..%2fetc%2fpasswd");
        assertFalse(browser.driver.getPageSource().contains("root:"));
        String name = runNames().get(0);
        assertTrue(
                rawGet("/files/0/" + name + "/metrics.csv").startsWith("HTTP/1.1 200"), "a run's own file is served");
        browser.consoleErrors();
    }

    @Test
    void everyRunWritesAReportThatOpensWithoutAServer() throws IOException {
        Path run = runs.resolve(runNames().get(0));
        Path report = run.resolve("report.html");
        assertTrue(Files.isRegularFile(report), "train wrote " + report);
        String html = Files.readString(report);
        assertFalse(html.contains("src=\"") || html.contains("href=\"http"), "nothing is loaded from elsewhere");
        browser.driver.get(report.toUri().toString());
        browser.waiting(10)
                .until(d -> d.findElements(By.cssSelector("#run-charts .uplot")).size() >= 3);
        assertEquals("complete", browser.driver.findElement(By.id("run-status")).getText());
        assertTrue(browser.driver.findElement(By.id("run-summary")).getText().contains("status         complete"));
        browser.waiting(10).until(d -> confusionLoaded());
        assertEquals(
                6,
                browser.driver
                        .findElements(By.cssSelector("#evaluation-table tr"))
                        .size());
        assertTrue(
                browser.driver
                        .findElement(By.linkText("metrics.csv"))
                        .getAttribute("href")
                        .endsWith(run.getFileName() + "/metrics.csv"),
                "file links are relative to the report");
    }

    /** Sends one request exactly as written (no client-side normalisation) and returns the whole response. */
    private static String rawGet(String path) throws IOException {
        URI url = URI.create(server.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Whether the page shows the run's confusion.png, loaded. */
    private boolean confusionLoaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver)
                .executeScript("const img = document.getElementById('run-confusion');"
                        + " return img !== null && img.complete && img.naturalWidth > 0;"));
    }

    private int epochs() {
        List<WebElement> found = browser.driver.findElements(By.id("run-epochs"));
        return found.isEmpty() ? -1 : Integer.parseInt(found.get(0).getText());
    }

    private static List<String> runNames() throws IOException {
        try (Stream<Path> entries = Files.list(runs)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("live-"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A run of 16 epochs that lasts several of the dashboard's 2-second polls: 24,000 noisy
     * two-class examples through 40-256-256-2 in batches of 4, about 0.5 s an epoch here. With
     * 6,000 examples in batches of 16 the engine got fast enough (0.11 s an epoch after its
     * warm-up) that the page could first see the run already complete and wait in vain for growth.
     */
    private static Path slowExperiment(Path work) throws IOException {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder();
        for (int f = 0; f < 40; f++) {
            csv.append('f').append(f).append(',');
        }
        csv.append("class\n");
        for (int row = 0; row < 24000; row++) {
            double sum = 0;
            for (int f = 0; f < 40; f++) {
                double value = random.nextGaussian();
                sum += value;
                csv.append(String.format(java.util.Locale.ROOT, "%.4f", value)).append(',');
            }
            csv.append(sum + random.nextGaussian() > 0 ? "up" : "down").append('\n');
        }
        Files.writeString(work.resolve("live.csv"), csv);
        Path experiment = work.resolve("live.yaml");
        Files.writeString(
                experiment,
                """
                name: live
                data:
                  training: { type: csv, file: live.csv, label: class }
                  validation-split: 0.2
                model:
                  layers:
                    - { units: 256, activation: tanh }
                    - { units: 256, activation: tanh }
                    - { units: 2, activation: softmax }
                loss: cross-entropy
                optimizer: { name: sgd, learning-rate: 0.05 }
                training: { mode: mini-batch, batch-size: 4, epochs: 16 }
                """);
        return experiment;
    }
}
