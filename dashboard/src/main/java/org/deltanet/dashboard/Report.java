package org.deltanet.dashboard;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: the dashboard's pages for one run or sweep in one file that opens without
 * a server or a network. The page, its script, uPlot and the data (the run's curves, experiment,
 * summary; a sweep's ranking and every variant) are written into the file; links to the run's
 * other files are relative, so they work beside it.
 */
public final class Report {

    /** The report's file name in a run or sweep directory. */
    public static final String FILE = "report.html";

    private Report() {}

    /**
     * Writes {@code directory/report.html} (atomically: a reader sees the old file or the new one).
     *
     * @return the report's path
     */
    public static Path write(Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        Catalog catalog = new Catalog(List.of(root));
        DashboardData data = new DashboardData(catalog);
        List<RunEntry> entries = catalog.entries();
        Map<String, Object> documents = new LinkedHashMap<>();
        Map<String, String> base = new LinkedHashMap<>();
        documents.put("runs", Map.of("runs", entries));
        String start = "#/";
        for (RunEntry entry : entries) {
            Path dir = catalog.directory(entry.id()).orElseThrow();
            String relative = root.relativize(dir).toString().replace('\\', '/');
            base.put(entry.id(), relative.isEmpty() ? "" : relative + "/");
            String key = URLEncoder.encode(entry.id(), StandardCharsets.UTF_8).replace("+", "%20");
            if (entry.kind().equals("sweep")) {
                documents.put("sweep?id=" + key, data.sweep(entry.id(), dir));
            } else {
                documents.put("run?id=" + key, data.run(entry.id(), dir));
            }
            if (entry.parent() == null) {
                start = (entry.kind().equals("sweep") ? "#/sweep/" : "#/run/") + key;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put(
                "written",
                LocalDateTime.now()
                        .withNano(0)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .replace('T', ' '));
        report.put("start", start);
        report.put("base", base);
        report.put("data", documents);
        String html = html(DashboardData.json(report), root.getFileName().toString());
        Path target = root.resolve(FILE);
        Path temporary = root.resolve(FILE + ".tmp");
        Files.writeString(temporary, html, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** The dashboard's page with its style sheets, scripts and the data written in. */
    static String html(String json, String title) {
        String page = WebAssets.text("dashboard.html")
                .replace("<title>deltanet dashboard</title>", "<title>deltanet report: " + escape(title) + "</title>");
        for (String css : List.of("uPlot.min.css", "dashboard.css")) {
            page = page.replace(
                    "<link rel=\"stylesheet\" href=\"assets/" + css + "\">",
                    "<style>\n" + WebAssets.text(css) + "\n</style>");
        }
        String data = "<script>window.DELTANET_REPORT = " + script(json) + ";</script>\n";
        page = page.replace(
                "<script src=\"assets/uPlot.min.js\"></script>",
                data + "<script>\n" + script(WebAssets.text("uPlot.min.js")) + "\n</script>");
        return page.replace(
                "<script src=\"assets/dashboard.js\"></script>",
                "<script>\n" + script(WebAssets.text("dashboard.js")) + "\n</script>");
    }

    /** Text safe inside a script element: no {@code </script>} or {@code <!--} can end it early. */
    private static String script(String text) {
        return text.replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
