package io.awstrader.adapters.stub;

import io.awstrader.adapters.ExchangeSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Adapter settings for a stub: its URL, a short timeout, a fixed clock, fast retries, relaxed rate limits. */
public final class StubSettings {
    private StubSettings() {
    }

    public static ExchangeSettings at(URI url, long nowMillis) {
        return new ExchangeSettings(url, Duration.ofMillis(1500), Clock.fixed(Instant.ofEpochMilli(nowMillis),
                ZoneOffset.UTC), Duration.ofMillis(20), Duration.ofMillis(1500), 1000);
    }
}
