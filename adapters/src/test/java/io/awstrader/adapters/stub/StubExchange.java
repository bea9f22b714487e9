package io.awstrader.adapters.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local HTTP server (the JDK's, on a free port) standing in for an exchange: routes answer with recorded bodies or
 * computed ones, every request is recorded, and a route can be scripted to fail once (timeout, 5xx, garbage).
 */
public final class StubExchange implements AutoCloseable {

    /** A request as the stub received it. */
    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers,
            String body, long receivedAtNanos) {

        /** The body as form fields ({@code a=1&b=2}). */
        public Map<String, String> form() {
            return parse(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /**
     * An answer: status, body, headers, and how long to wait before answering (past the client's timeout = a
     * timeout after the request was received).
     */
    public record Response(int status, String body, Map<String, String> headers, long delayMillis) {
        public static Response json(String body) {
            return new Response(200, body, Map.of(), 0);
        }

        public static Response status(int status, String body) {
            return new Response(status, body, Map.of(), 0);
        }

        public Response withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Response(status, body, all, delayMillis);
        }

        public Response delayed(long millis) {
            return new Response(status, body, headers, millis);
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Response>> routes = new ConcurrentHashMap<>();
    private final Map<String, List<Function<Request, Response>>> once = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public StubExchange() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code method path} with {@code handler} from now on. */
    public StubExchange route(String method, String path, Function<Request, Response> handler) {
        routes.put(method + " " + path, handler);
        return this;
    }

    /** Answers {@code method path} with a fixed response. */
    public StubExchange route(String method, String path, Response response) {
        return route(method, path, r -> response);
    }

    /** The next request to {@code method path} gets {@code handler}'s answer instead of the route's (queued). */
    public StubExchange once(String method, String path, Function<Request, Response> handler) {
        once.computeIfAbsent(method + " " + path, k -> Collections.synchronizedList(new ArrayList<>())).add(handler);
        return this;
    }

    /** Forgets the queued once-only answers. */
    public StubExchange clearOnce() {
        once.clear();
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            URI uri = exchange.getRequestURI();
            Request request = new Request(exchange.getRequestMethod(), uri.getPath(), parse(uri.getRawQuery()), headers,
                    body, System.nanoTime());
            requests.add(request);
            String key = request.method() + " " + request.path();
            Function<Request, Response> handler = null;
            List<Function<Request, Response>> queued = once.get(key);
            if (queued != null) {
                synchronized (queued) {
                    if (!queued.isEmpty()) {
                        handler = queued.removeFirst();
                    }
                }
            }
            if (handler == null) {
                handler = routes.get(key);
            }
            Response response = handler == null
                    ? Response.status(404, "{\"stub\":\"no route for " + key + "\"}") : handler.apply(request);
            if (response.delayMillis() > 0) {
                try {
                    Thread.sleep(response.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String part : text.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
