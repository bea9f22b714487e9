package io.awstrader.adapters.http;

import io.awstrader.adapters.ExchangeCredentials;
import io.awstrader.adapters.ExchangeSettings;
import java.net.URI;

/**
 * What one adapter's raw API calls go through: the HTTP client, the base URL, the account's credentials (null for
 * public data), the shared public (per IP) and private (per key) rate limits at the exchange's published values, and
 * the retries of reads.
 */
public record ExchangeLink(ExchangeHttp http, URI base, ExchangeCredentials credentials, RateLimit publicLimit,
        RateLimit privateLimit, Retrying retrying) {

    /**
     * The link of exchange {@code id} with {@code settings}: public calls limited to a bucket of
     * {@code publicCapacity} refilling at {@code publicPerSecond}, private ones likewise per key.
     */
    public static ExchangeLink open(String id, ExchangeSettings settings, ExchangeCredentials credentials,
            double publicCapacity, double publicPerSecond, double privateCapacity, double privatePerSecond) {
        URI base = settings.baseUrl();
        double scale = settings.rateLimitScale();
        RateLimit publicLimit = RateLimit.published(id + " public " + base, publicCapacity, publicPerSecond, scale);
        RateLimit privateLimit = credentials == null ? publicLimit
                : RateLimit.published(id + " private " + credentials.fingerprint() + " " + base, privateCapacity,
                        privatePerSecond, scale);
        return new ExchangeLink(new ExchangeHttp(id, settings.timeout()), base, credentials, publicLimit,
                privateLimit, Retrying.reads(settings));
    }
}
