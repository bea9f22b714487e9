package io.awstrader.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP origin for the Chromium runtime, on 127.0.0.1 and a free port: the relay page ({@code /},
 * {@code /page.js}), the engine folder's files ({@code /worker.js}, {@code /engine.js}, ...) and each backtest's
 * request ({@code /requests/N.json}, served once). Every answer carries a Content-Security-Policy that allows scripts
 * and connections to this origin only, so nothing in the page or the worker can reach anywhere else.
 */
final class EngineServer implements AutoCloseable {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self'";
    private static final String PAGE_RESOURCES = "/io/awstrader/cli/chromium/";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8", "html", "text/html; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private final HttpServer server;
    private final Path engine;
    private final Map<String, byte[]> requests = new ConcurrentHashMap<>();
    private final AtomicInteger nextRequest = new AtomicInteger(1);

    EngineServer(Path engine) throws IOException {
        this.engine = engine;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The origin, e.g. {@code http://127.0.0.1:40123}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Holds a request body until the page fetches it; returns its path. */
    String offer(String json) {
        String path = "/requests/" + nextRequest.getAndIncrement() + ".json";
        requests.put(path, json.getBytes(StandardCharsets.UTF_8));
        return path;
    }

    /** Drops a request the page did not fetch (a failed run). */
    void withdraw(String path) {
        requests.remove(path);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                answer(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = null;
            if (path.equals("/") || path.equals("/index.html")) {
                body = resource("index.html");
                path = "/index.html";
            } else if (path.equals("/page.js")) {
                body = resource("page.js");
            } else if (path.startsWith("/requests/")) {
                body = requests.remove(path);
            } else if (path.lastIndexOf('/') == 0 && !path.contains("..") && path.length() > 1) {
                Path file = engine.resolve(path.substring(1));
                if (Files.isRegularFile(file)) {
                    body = Files.readAllBytes(file);
                }
            }
            if (body == null) {
                answer(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            // The engine's files do not change while the server runs: cacheable, so Chromium keeps their compiled code.
            exchange.getResponseHeaders().set("Cache-Control", path.startsWith("/requests/") ? "no-store" : "max-age=86400");
            answer(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EngineServer.class.getResourceAsStream(PAGE_RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + PAGE_RESOURCES + name);
            }
            return in.readAllBytes();
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (!exchange.getResponseHeaders().containsKey("Cache-Control")) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
        }
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // Cross-origin isolation: the page shares a heartbeat (SharedArrayBuffer) with its worker to keep every call
        // into bot code to its time limit (backtest-supervisor.js).
        exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
        exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
