package io.awstrader.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * The JDK HTTP client as every adapter uses it: a rate limit taken before each request, one timeout per request,
 * transport failures as {@code network} errors and HTTP statuses as normalised kinds. Messages name the host and
 * path only: never headers, bodies sent or query strings, where keys and signatures live.
 */
public final class ExchangeHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String exchange;
    private final Duration timeout;

    public ExchangeHttp(String exchange, Duration timeout) {
        this.exchange = exchange;
        this.timeout = timeout;
    }

    public String exchange() {
        return exchange;
    }

    /** Sends {@code request} after taking {@code weight} units of {@code limit}; never throws for an HTTP status. */
    public HttpAnswer send(HttpRequest.Builder request, RateLimit limit, double weight) {
        HttpRequest built = request.timeout(timeout).header("User-Agent", "awstrader-adapters/1").build();
        URI uri = built.uri();
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        try {
            limit.acquire(weight);
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            return new HttpAnswer(response.statusCode(), response.body(), retryAfter(response));
        } catch (HttpTimeoutException e) {
            throw new ExchangeException(exchange, Kind.NETWORK, "no answer from " + where + " within "
                    + timeout.toMillis() + " ms (the request may have been executed)", null, null, null);
        } catch (IOException e) {
            throw new ExchangeException(exchange, Kind.NETWORK, "cannot reach " + where + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), null, null,
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException(exchange, Kind.NETWORK, "interrupted while calling " + where, null);
        }
    }

    /** The error an HTTP status means when the body said nothing more specific. */
    public ExchangeException statusError(HttpAnswer answer, String exchangeMessage) {
        int status = answer.status();
        Kind kind = status == 429 ? Kind.RATE_LIMITED
                : status == 401 || status == 403 ? Kind.AUTH
                : status == 404 ? Kind.NOT_FOUND
                : status >= 500 ? Kind.UNAVAILABLE
                : Kind.INVALID_ORDER;
        return new ExchangeException(exchange, kind, "HTTP " + status, exchangeMessage, answer.retryAfter(), null);
    }

    /** The answer's body as JSON; a body that is not JSON is an {@code unavailable} error saying so. */
    public JsonNode json(HttpAnswer answer) {
        try {
            JsonNode node = JSON.readTree(answer.body());
            if (node == null || node.isMissingNode()) {
                throw new ExchangeException(exchange, Kind.UNAVAILABLE, "answered HTTP " + answer.status()
                        + " with an empty body", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            if (answer.status() >= 400) {
                throw statusError(answer, snippet(answer.body()));
            }
            throw new ExchangeException(exchange, Kind.UNAVAILABLE, "answered HTTP " + answer.status()
                    + " with a body that is not JSON: " + snippet(answer.body()), null);
        }
    }

    /** A JSON text for a request body (the exact bytes that are signed and sent). */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A shape error: the exchange answered JSON that is not what it documents. */
    public ExchangeException malformed(String what) {
        return new ExchangeException(exchange, Kind.UNAVAILABLE, "answered with an unexpected body: " + what, null);
    }

    /** A number as exchanges write them, a JSON number or a string ({@code "43437.5"}); NaN when absent or not one. */
    public static double number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String snippet(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> seconds = response.headers().firstValue("Retry-After");
        try {
            if (seconds.isPresent()) {
                return Duration.ofSeconds(Long.parseLong(seconds.get().trim()));
            }
            // KuCoin: milliseconds until its rate-limit window resets
            Optional<String> resetMillis = response.headers().firstValue("gw-ratelimit-reset");
            if (resetMillis.isPresent() && response.statusCode() == 429) {
                return Duration.ofMillis(Long.parseLong(resetMillis.get().trim()));
            }
        } catch (NumberFormatException e) {
            return null; // an HTTP date or garbage: back off by our own schedule
        }
        return null;
    }
}
