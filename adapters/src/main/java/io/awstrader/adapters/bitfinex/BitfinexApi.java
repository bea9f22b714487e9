package io.awstrader.adapters.bitfinex;

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
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Bitfinex's REST v2 as it is: public GETs, authenticated POSTs under {@code v2/auth/} signed with HMAC-SHA384 over
 * {@code /api/ + path + nonce + body}, and errors as {@code ["error", CODE, "text"]} (an invalid key answers HTTP 500).
 */
final class BitfinexApi {
    static final String ID = "bitfinex";
    /** Candles: 30 requests a minute (docs) = a burst of 10 plus 20 over the minute. */
    private static final double PUBLIC_CAPACITY = 10;
    private static final double PUBLIC_PER_SECOND = 20.0 / 60;
    /** Authenticated endpoints: 90 a minute at most = a burst of 30 plus 60 over the minute. */
    private static final double AUTH_CAPACITY = 30;
    private static final double AUTH_PER_SECOND = 1;
    /** After 11010 Bitfinex blocks the IP for about a minute. */
    private static final Duration BLOCKED = Duration.ofSeconds(60);

    private final ExchangeLink link;

    BitfinexApi(ExchangeSettings settings, ExchangeCredentials credentials) {
        this.link = ExchangeLink.open(ID, settings, credentials, PUBLIC_CAPACITY, PUBLIC_PER_SECOND, AUTH_CAPACITY,
                AUTH_PER_SECOND);
    }

    ExchangeHttp http() {
        return link.http();
    }

    /** A public GET of {@code pathAndQuery} (e.g. {@code v2/ticker/tBTCUSD}), retried on limits, timeouts, 5xx. */
    JsonNode publicGet(String pathAndQuery) {
        return link.retrying().read(link.publicLimit(), () -> body(link.http().send(
                HttpRequest.newBuilder(URI.create(link.base() + "/" + pathAndQuery)).GET(), link.publicLimit(), 1)));
    }

    /** An authenticated read ({@code v2/auth/r/...}), retried like public reads. */
    JsonNode authRead(String path, String jsonBody) {
        return link.retrying().read(link.privateLimit(), () -> authPost(path, jsonBody));
    }

    /**
     * An authenticated POST, sent once (a {@code nonce: small} refusal is retried once with a fresh nonce): nonce and
     * send happen within the key's turn so nonces arrive in increasing order.
     */
    JsonNode authPost(String path, String jsonBody) {
        if (link.credentials() == null) {
            throw new ExchangeException(ID, Kind.AUTH, "Bitfinex authenticated calls need an API key; the adapter has"
                    + " none", null);
        }
        return KeyTurns.of(ID + ":" + link.credentials().fingerprint()).inTurn(nonces -> {
            try {
                return body(sendAuth(path, nonces.next(), jsonBody));
            } catch (ExchangeException e) {
                if (e.exchangeMessage() == null || !e.exchangeMessage().startsWith("nonce: small")) {
                    throw e;
                }
                return body(sendAuth(path, nonces.next(), jsonBody));
            }
        });
    }

    private HttpAnswer sendAuth(String path, long nonce, String jsonBody) {
        String n = Long.toString(nonce);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(link.base() + "/" + path))
                .header("bfx-nonce", n)
                .header("bfx-apikey", link.credentials().key())
                .header("bfx-signature", sign(path, n, jsonBody, link.credentials().secret()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        return link.http().send(request, link.privateLimit(), 1);
    }

    /** {@code bfx-signature}: hex(HMAC-SHA384(secret, "/api/" + path + nonce + body)), path like {@code v2/auth/r/wallets}. */
    static String sign(String path, String nonce, String body, String secret) {
        String message = "/api/" + path + nonce + body;
        return HexFormat.of().formatHex(Hmac.sign("HmacSHA384", secret, message));
    }

    /** The body of an answer, or the normalised error it carries ({@code ["error", code, text]} or v1 objects). */
    private JsonNode body(HttpAnswer answer) {
        JsonNode body = link.http().json(answer);
        if (body.isArray() && body.size() >= 3 && "error".equals(body.get(0).asText())) {
            throw error(body.get(1).asInt(), body.get(2).asText(), answer);
        }
        if (body.isObject() && body.has("error")) {
            String message = body.path("message").asText(body.get("error").asText());
            throw error(message.contains("RATE_LIMIT") ? 11010 : 0, message, answer);
        }
        if (!answer.ok()) {
            throw link.http().statusError(answer, null);
        }
        return body;
    }

    static ExchangeException error(int code, String message, HttpAnswer answer) {
        Kind kind = switch (code) {
            case 10100, 10111, 10112, 10113, 10114 -> Kind.AUTH; // apikey invalid, nonce and signature errors
            case 11010 -> Kind.RATE_LIMITED;
            case 20060 -> Kind.UNAVAILABLE; // maintenance
            case 10020, 10001 -> Kind.INVALID_ORDER;
            default -> answer.status() >= 500 ? Kind.UNAVAILABLE : Kind.INVALID_ORDER;
        };
        if (message.startsWith("nonce") || message.startsWith("apikey")) {
            kind = Kind.AUTH;
        }
        Duration wait = kind == Kind.RATE_LIMITED && answer.retryAfter() == null ? BLOCKED : answer.retryAfter();
        return new ExchangeException(ID, kind, message + (code == 0 ? "" : " (" + code + ")"), message, wait, null);
    }
}
