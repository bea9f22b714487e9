package io.awstrader.adapters.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.adapters.ExchangeCredentials;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeException.Kind;
import io.awstrader.adapters.ExchangeSettings;
import io.awstrader.adapters.http.ExchangeHttp;
import io.awstrader.adapters.http.ExchangeLink;
import io.awstrader.adapters.http.HttpAnswer;
import io.awstrader.adapters.http.Hmac;
import io.awstrader.adapters.http.KeyTurns;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Kraken's REST API as it is: public GETs under {@code /0/public/}, signed form POSTs under {@code /0/private/} with
 * a nonce per key, and the {@code {"error":[...],"result":...}} envelope (errors usually with HTTP 200).
 */
final class KrakenApi {
    static final String ID = "kraken";
    /** Public endpoints: about one call per second per IP (Kraken support). */
    private static final double PUBLIC_CAPACITY = 1;
    private static final double PUBLIC_PER_SECOND = 1;
    /** Private call counter, Starter tier: at most 15, decaying by 0.33 per second (docs: spot REST rate limits). */
    private static final double PRIVATE_CAPACITY = 15;
    private static final double PRIVATE_PER_SECOND = 0.33;

    private final ExchangeLink link;

    KrakenApi(ExchangeSettings settings, ExchangeCredentials credentials) {
        this.link = ExchangeLink.open(ID, settings, credentials, PUBLIC_CAPACITY, PUBLIC_PER_SECOND, PRIVATE_CAPACITY,
                PRIVATE_PER_SECOND);
    }

    ExchangeHttp http() {
        return link.http();
    }

    /** A public call's {@code result}, retried on rate limits, timeouts and 5xx. */
    JsonNode publicGet(String method, Map<String, String> query) {
        return link.retrying().read(link.publicLimit(), () -> {
            URI uri = URI.create(link.base() + "/0/public/" + method + "?" + form(query));
            return result(link.http().send(HttpRequest.newBuilder(uri).GET(), link.publicLimit(), 1));
        });
    }

    /** A private read's {@code result} (Balance, QueryOrders, OpenOrders...), retried like public reads. */
    JsonNode privateRead(String method, Map<String, String> params) {
        return link.retrying().read(link.privateLimit(), () -> privatePost(method, params));
    }

    /**
     * A private call's {@code result}, sent once (an {@code EAPI:Invalid nonce} is retried once with a fresh nonce):
     * the nonce is issued and the request sent within the key's turn, so nonces reach Kraken in increasing order.
     */
    JsonNode privatePost(String method, Map<String, String> params) {
        if (link.credentials() == null) {
            throw new ExchangeException(ID, Kind.AUTH, "Kraken private calls need an API key; the adapter has none",
                    null);
        }
        String path = "/0/private/" + method;
        return KeyTurns.of(ID + ":" + link.credentials().fingerprint()).inTurn(nonces -> {
            try {
                return result(sendPrivate(path, nonces.next(), params));
            } catch (ExchangeException e) {
                if (!"EAPI:Invalid nonce".equals(e.exchangeMessage())) {
                    throw e;
                }
                return result(sendPrivate(path, nonces.next(), params)); // once, never looped
            }
        });
    }

    private HttpAnswer sendPrivate(String path, long nonce, Map<String, String> params) {
        String postData = "nonce=" + nonce + (params.isEmpty() ? "" : "&" + form(params));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(link.base() + path))
                .header("API-Key", link.credentials().key())
                .header("API-Sign", sign(path, Long.toString(nonce), postData, link.credentials().secret()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(postData));
        return link.http().send(request, link.privateLimit(), 1);
    }

    /**
     * Kraken's {@code API-Sign}: base64(HMAC-SHA512(base64decode(secret), path + SHA256(nonce + postData))).
     */
    static String sign(String path, String nonce, String postData, String secret) {
        byte[] hash = Hmac.sha256(nonce + postData);
        byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[pathBytes.length + hash.length];
        System.arraycopy(pathBytes, 0, message, 0, pathBytes.length);
        System.arraycopy(hash, 0, message, pathBytes.length, hash.length);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(ID, Kind.AUTH, "the API secret is not base64 as Kraken issues it", null);
        }
        return Base64.getEncoder().encodeToString(Hmac.sign("HmacSHA512", key, message));
    }

    /** The {@code result} of an answer, or the normalised error it carries. */
    private JsonNode result(HttpAnswer answer) {
        JsonNode body = link.http().json(answer);
        JsonNode errors = body.path("error");
        if (errors.isArray() && !errors.isEmpty()) {
            throw error(errors.get(0).asText(), answer);
        }
        if (!answer.ok()) {
            throw link.http().statusError(answer, null);
        }
        JsonNode result = body.get("result");
        if (result == null || result.isNull()) {
            throw link.http().malformed("no result and no error");
        }
        return result;
    }

    /** Kraken's {@code E<Category>:<Message>} texts as normalised kinds. */
    static ExchangeException error(String message, HttpAnswer answer) {
        Kind kind;
        if (message.contains("Too many requests") || message.contains("Rate limit exceeded")
                || message.contains("Throttled")) {
            kind = Kind.RATE_LIMITED;
        } else if (message.startsWith("EAPI:Invalid key") || message.startsWith("EAPI:Invalid signature")
                || message.startsWith("EAPI:Invalid nonce") || message.startsWith("EGeneral:Permission denied")
                || message.startsWith("EAPI:Bad request")) {
            kind = Kind.AUTH;
        } else if (message.startsWith("EOrder:Insufficient funds") || message.startsWith("EFunding:Insufficient")) {
            kind = Kind.INSUFFICIENT_FUNDS;
        } else if (message.startsWith("EOrder:Unknown order") || message.startsWith("EQuery:Unknown asset pair")
                || message.startsWith("EOrder:Invalid order")) {
            kind = Kind.NOT_FOUND;
        } else if (message.startsWith("EService:") || message.startsWith("EGeneral:Internal error")) {
            kind = Kind.UNAVAILABLE;
        } else {
            kind = Kind.INVALID_ORDER; // EOrder:*, EGeneral:Invalid arguments: the request itself
        }
        Duration wait = kind == Kind.RATE_LIMITED && answer.retryAfter() == null ? Duration.ofSeconds(3)
                : answer.retryAfter();
        return new ExchangeException(ID, kind, message, message, wait, null);
    }

    private static String form(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
