package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One user of the API over real HTTP: keeps its session cookie, sends the server's Origin on writes (like a
 * browser on the page), and records every answer and every secret it handles in the {@link Ledger}.
 */
final class Client {
    private static final String COOKIE = "awstrader_session=";

    private final HttpClient http;
    private final String base;
    private String token;

    Client(String base, InetAddress source) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (source != null) {
            builder.localAddress(source);
        }
        this.http = builder.build();
        this.base = base;
    }

    String base() {
        return base;
    }

    String origin() {
        return base;
    }

    String token() {
        return token;
    }

    void token(String newToken) {
        token = newToken;
    }

    Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    Response patch(String path, String json) {
        return send("PATCH", path, json, Map.of());
    }

    Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Signs up and keeps the session; fails the test unless it worked. */
    JsonNode signUp(String email, String password) {
        Ledger.secret(password);
        Response r = post("/api/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    Response login(String email, String password) {
        Ledger.secret(password);
        return post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /**
     * Any request. {@code headers} replace the defaults (Origin on writes, Content-Type with a body, the cookie);
     * a header given as "" is left out.
     */
    Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        Map<String, String> all = new java.util.LinkedHashMap<>();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            all.put("Origin", base);
        }
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        if (token != null) {
            all.put("Cookie", COOKIE + token);
        }
        all.putAll(headers);
        all.forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return exchange(method + " " + path, request.build());
    }

    /** A request with a raw body of bytes. */
    Response sendBytes(String method, String path, byte[] body, String contentType) {
        return sendBytes(method, path, body, contentType, null);
    }

    /** {@link #sendBytes} with a {@code Content-Encoding} (e.g. gzip), or none when null. */
    Response sendBytes(String method, String path, byte[] body, String contentType, String encoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Origin", base).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        if (token != null) {
            request.header("Cookie", COOKIE + token);
        }
        return exchange(method + " " + path, request.build());
    }

    private Response exchange(String label, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(label + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> headerLines = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (name.equalsIgnoreCase("set-cookie")) {
                for (String value : values) {
                    if (value.startsWith(COOKIE)) {
                        String newToken = value.substring(COOKIE.length(), value.indexOf(';'));
                        Ledger.secret(newToken);
                        token = newToken.isEmpty() ? null : newToken;
                    }
                }
            } else {
                headerLines.add(name + ": " + String.join(", ", values));
            }
        });
        Ledger.answer(label + " " + response.statusCode() + "\n" + String.join("\n", headerLines) + "\n" + response.body());
        return new Response(label, response.statusCode(), response.headers(), response.body());
    }
}
