package org.deltanet.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The dashboard's web server: read-only (GET and HEAD), on the given host (loopback unless the
 * user asks otherwise), serving the pages, their JSON and the files below the dashboard's
 * directories and nothing else.
 *
 * <pre>
 *   /                        the pages (runs, run, compare, sweep: routes after '#')
 *   /assets/NAME             the pages' script and style, uPlot
 *   /api/runs                every run and sweep
 *   /api/run?id=ID           one run; /api/sweep?id=ID one sweep
 *   /files/ID/NAME           a file of a run directory
 * </pre>
 */
public final class DashboardServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "png",
            "image/png",
            "csv",
            "text/csv; charset=utf-8",
            "yaml",
            "text/plain; charset=utf-8",
            "txt",
            "text/plain; charset=utf-8",
            "json",
            "application/json",
            "npy",
            "application/octet-stream",
            "npz",
            "application/octet-stream");

    private final DashboardData data;
    private final HttpServer server;
    private final ExecutorService threads;

    private DashboardServer(DashboardData data, HttpServer server, ExecutorService threads) {
        this.data = data;
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving {@code catalog}'s directories.
     *
     * @param host the address to bind, e.g. 127.0.0.1
     * @param port the port, 0 for any free one
     */
    public static DashboardServer start(Catalog catalog, String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "deltanet-dashboard");
            thread.setDaemon(true);
            return thread;
        });
        DashboardServer dashboard = new DashboardServer(new DashboardData(catalog), server, threads);
        server.createContext("/", dashboard::handle);
        server.setExecutor(threads);
        server.start();
        threads.execute(catalog::entries); // reads every run once, so that the first page finds them cached
        return dashboard;
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8765/}. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("the dashboard is read-only"));
                return;
            }
            route(
                    exchange,
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery());
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain; charset=utf-8", bytes("internal error: " + e));
        }
    }

    private void route(HttpExchange exchange, String rawPath, String rawQuery) throws IOException {
        if (rawPath.equals("/") || rawPath.equals("/index.html")) {
            send(exchange, 200, TYPES.get("html"), WebAssets.bytes("dashboard.html"));
        } else if (rawPath.startsWith("/assets/") && WebAssets.FILES.containsKey(rawPath.substring(8))) {
            String name = rawPath.substring(8);
            send(exchange, 200, TYPES.get(extension(name)), WebAssets.bytes(name));
        } else if (rawPath.equals("/api/runs")) {
            json(exchange, Optional.of(data.runs()));
        } else if (rawPath.equals("/api/run")) {
            json(exchange, data.run(query(rawQuery, "id")));
        } else if (rawPath.equals("/api/sweep")) {
            json(exchange, data.sweep(query(rawQuery, "id")));
        } else if (rawPath.startsWith("/files/")) {
            file(exchange, rawPath.substring(7));
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("not found"));
        }
    }

    private void json(HttpExchange exchange, Optional<String> body) throws IOException {
        if (body.isEmpty()) {
            send(exchange, 404, "application/json", bytes("{\"error\":\"no such run\"}"));
        } else {
            send(exchange, 200, "application/json", bytes(body.get()));
        }
    }

    /** A file below a root; {@code rawId} is still percent-encoded and is decoded exactly once. */
    private void file(HttpExchange exchange, String rawId) throws IOException {
        String id = decode(rawId);
        Optional<Path> file = id == null ? Optional.empty() : data.catalog().resolve(id);
        if (id == null || file.isEmpty() && (id.contains("..") || id.contains("\\") || id.contains("\0"))) {
            send(exchange, 403, "text/plain; charset=utf-8", bytes("refused: outside the dashboard's directories"));
        } else if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("not found"));
        } else {
            String type =
                    TYPES.getOrDefault(extension(file.get().getFileName().toString()), "application/octet-stream");
            send(exchange, 200, type, Files.readAllBytes(file.get()));
        }
    }

    private static String query(String rawQuery, String name) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith(name + "=")) {
                    String value = decode(pair.substring(name.length() + 1));
                    return value == null ? "" : value;
                }
            }
        }
        return "";
    }

    /** Percent-decoding of a path ('+' stays '+'), or null when it is malformed. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
