package io.awstrader.adapters.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.adapters.ExchangeCredentials;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeException.Kind;
import io.awstrader.adapters.ExchangeSettings;
import io.awstrader.adapters.http.ExchangeHttp;
import io.awstrader.adapters.http.ExchangeLink;
import io.awstrader.adapters.http.HttpAnswer;
import io.awstrader.adapters.http.Hmac;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * KuCoin's REST API as it is: {@code {"code":"200000","data":...}} on success, {@code {"code","msg"}} on failure
 * (often with HTTP 200); private calls signed with key version 2: {@code KC-API-SIGN} = base64(HMAC-SHA256(secret,
 * timestamp + METHOD + path?query + body)) and the passphrase itself HMAC-signed with the secret.
 */
final class KucoinApi {
    static final String ID = "kucoin";
    /** Weight pools per 30 s (docs "Rate Limit", VIP0): public 2000 per IP, spot 4000 per account; half as burst. */
    private static final double PUBLIC_CAPACITY = 1000;
    private static final double PUBLIC_PER_SECOND = 1000.0 / 30;
    private static final double PRIVATE_CAPACITY = 2000;
    private static final double PRIVATE_PER_SECOND = 2000.0 / 30;

    private final ExchangeLink link;
    private final Clock clock;

    KucoinApi(ExchangeSettings settings, ExchangeCredentials credentials) {
        this.link = ExchangeLink.open(ID, settings, credentials, PUBLIC_CAPACITY, PUBLIC_PER_SECOND, PRIVATE_CAPACITY,
                PRIVATE_PER_SECOND);
        this.clock = settings.clock();
    }

    ExchangeHttp http() {
        return link.http();
    }

    /** A public GET's {@code data} ({@code pathAndQuery} like {@code /api/v2/symbols}), retried on failures. */
    JsonNode publicGet(String pathAndQuery, double weight) {
        return link.retrying().read(link.publicLimit(), () -> data(link.http().send(
                HttpRequest.newBuilder(URI.create(link.base() + pathAndQuery)).GET(), link.publicLimit(), weight)));
    }

    /** A signed GET's {@code data}, retried like public reads. */
    JsonNode privateGet(String pathAndQuery, double weight) {
        return link.retrying().read(link.privateLimit(), () -> signed("GET", pathAndQuery, "", weight));
    }

    /** A signed call's {@code data}, sent once. */
    JsonNode signed(String method, String pathAndQuery, String body, double weight) {
        if (link.credentials() == null) {
            throw new ExchangeException(ID, Kind.AUTH, "KuCoin private calls need an API key; the adapter has none",
                    null);
        }
        if (link.credentials().passphrase() == null) {
            throw new ExchangeException(ID, Kind.AUTH, "KuCoin API keys need their passphrase", null);
        }
        String timestamp = Long.toString(clock.millis());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(link.base() + pathAndQuery))
                .header("KC-API-KEY", link.credentials().key())
                .header("KC-API-SIGN", sign(timestamp, method, pathAndQuery, body, link.credentials().secret()))
                .header("KC-API-TIMESTAMP", timestamp)
                .header("KC-API-PASSPHRASE", passphrase(link.credentials().passphrase(), link.credentials().secret()))
                .header("KC-API-KEY-VERSION", "2")
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return data(link.http().send(request, link.privateLimit(), weight));
    }

    static String sign(String timestamp, String method, String pathAndQuery, String body, String secret) {
        return Base64.getEncoder().encodeToString(Hmac.sign("HmacSHA256", secret,
                timestamp + method + pathAndQuery + body));
    }

    /** Key version 2 sends the passphrase HMAC-signed with the secret, never in clear. */
    static String passphrase(String passphrase, String secret) {
        return Base64.getEncoder().encodeToString(Hmac.sign("HmacSHA256", secret, passphrase));
    }

    private JsonNode data(HttpAnswer answer) {
        JsonNode body = link.http().json(answer);
        String code = body.path("code").asText("");
        if (code.equals("200000")) {
            if (!answer.ok()) {
                throw link.http().statusError(answer, null);
            }
            return body.path("data");
        }
        if (code.isEmpty()) {
            throw answer.ok() ? link.http().malformed("no code in " + body) : link.http().statusError(answer, null);
        }
        throw error(code, body.path("msg").asText(""), answer);
    }

    static ExchangeException error(String code, String message, HttpAnswer answer) {
        String lower = message.toLowerCase();
        Kind kind = switch (code) {
            case "400001", "400002", "400003", "400004", "400005", "400006", "400007", "411100" -> Kind.AUTH;
            case "200004" -> Kind.INSUFFICIENT_FUNDS;
            case "429000", "200002" -> Kind.RATE_LIMITED;
            case "900001" -> Kind.NOT_FOUND;
            case "500000", "503000" -> Kind.UNAVAILABLE;
            default -> lower.contains("not exist") || lower.contains("not_exist") ? Kind.NOT_FOUND
                    : answer.status() >= 500 ? Kind.UNAVAILABLE : Kind.INVALID_ORDER;
        };
        Duration wait = kind == Kind.RATE_LIMITED && answer.retryAfter() == null ? Duration.ofSeconds(1)
                : answer.retryAfter();
        return new ExchangeException(ID, kind, message + " (" + code + ")", message, wait, null);
    }
}
