package io.awstrader.adapters;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How an adapter reaches its exchange: the base URL, the per-request timeout, the clock that decides which candles
 * have closed, and the retry and rate-limit tuning. {@link #from(ExchangeCapabilities, Map)} gives the defaults:
 * the production URL unless the exchange's environment variable ({@code AWSTRADER_KRAKEN_URL}, ...) overrides it.
 *
 * @param baseUrl scheme, host and port (and a path prefix, if a proxy needs one), without a trailing slash
 * @param timeout how long one request may take before it counts as a {@code network} failure
 * @param clock the current time (candles whose period has not ended are never returned)
 * @param retryBase the first wait before a read is retried (doubled each time) when the exchange gave no Retry-After
 * @param maxRetryWait the longest a read waits for a rate limit before it gives up with {@code rate-limited}
 * @param rateLimitScale 1 for the exchange's published limits; a proxy or test stub with other limits may raise it
 */
public record ExchangeSettings(URI baseUrl, Duration timeout, Clock clock, Duration retryBase, Duration maxRetryWait,
        double rateLimitScale) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public ExchangeSettings {
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("exchange base URL must be http(s)://host[:port], got " + text);
        }
        if (rateLimitScale <= 0) {
            throw new IllegalArgumentException("rate limit scale must be positive, got " + rateLimitScale);
        }
    }

    /** The defaults for an exchange, with the base URL taken from {@code environment} when its variable is set. */
    public static ExchangeSettings from(ExchangeCapabilities exchange, Map<String, String> environment) {
        String url = environment.get(exchange.urlVariable());
        URI base = URI.create(url == null || url.isBlank() ? exchange.defaultUrl() : url.trim());
        return new ExchangeSettings(base, DEFAULT_TIMEOUT, Clock.systemUTC(), Duration.ofMillis(500),
                Duration.ofSeconds(30), 1);
    }

    public ExchangeSettings withBaseUrl(URI url) {
        return new ExchangeSettings(url, timeout, clock, retryBase, maxRetryWait, rateLimitScale);
    }

    public ExchangeSettings withTimeout(Duration newTimeout) {
        return new ExchangeSettings(baseUrl, newTimeout, clock, retryBase, maxRetryWait, rateLimitScale);
    }

    public ExchangeSettings withClock(Clock newClock) {
        return new ExchangeSettings(baseUrl, timeout, newClock, retryBase, maxRetryWait, rateLimitScale);
    }

    public ExchangeSettings withRetries(Duration base, Duration maxWait) {
        return new ExchangeSettings(baseUrl, timeout, clock, base, maxWait, rateLimitScale);
    }

    public ExchangeSettings withRateLimitScale(double scale) {
        return new ExchangeSettings(baseUrl, timeout, clock, retryBase, maxRetryWait, scale);
    }
}
