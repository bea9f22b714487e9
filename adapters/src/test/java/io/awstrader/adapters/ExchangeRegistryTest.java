package io.awstrader.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.RunInterval;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry finds the adapters through ServiceLoader and resolves base URLs from the environment. */
class ExchangeRegistryTest {

    @Test
    void findsEveryInstalledExchange() {
        ExchangeRegistry registry = ExchangeRegistry.installed(Map.of());
        assertEquals(java.util.List.of("bitfinex", "kraken", "kucoin"),
                registry.exchanges().stream().map(ExchangeCapabilities::id).toList());
        assertTrue(registry.find("kucoin").orElseThrow().needsPassphrase());
        assertFalse(registry.find("kraken").orElseThrow().needsPassphrase());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> registry.publicAdapter("mtgox"));
        assertTrue(unknown.getMessage().contains("bitfinex, kraken, kucoin"), unknown.getMessage());
    }

    @Test
    void baseUrlsComeFromTheEnvironmentVariableElseTheExchange() {
        ExchangeRegistry plain = ExchangeRegistry.installed(Map.of());
        assertEquals(URI.create("https://api.kraken.com"), plain.settings("kraken").baseUrl());
        ExchangeRegistry proxied = ExchangeRegistry.installed(Map.of("AWSTRADER_KRAKEN_URL", "http://127.0.0.1:9/",
                "AWSTRADER_BITFINEX_URL", "http://proxy:8080", "AWSTRADER_KUCOIN_URL", "https://kc.example"));
        assertEquals(URI.create("http://127.0.0.1:9"), proxied.settings("kraken").baseUrl());
        assertEquals(URI.create("http://proxy:8080"), proxied.settings("bitfinex").baseUrl());
        assertEquals(URI.create("https://kc.example"), proxied.settings("kucoin").baseUrl());
        assertThrows(IllegalArgumentException.class,
                () -> ExchangeRegistry.installed(Map.of("AWSTRADER_KRAKEN_URL", "ftp://x")).settings("kraken"));
    }

    @Test
    void intervalsAnExchangeLacksComeFromTheCoarsestNativeDivisor() {
        ExchangeRegistry registry = ExchangeRegistry.installed(Map.of());
        ExchangeCapabilities bitfinex = registry.find("bitfinex").orElseThrow();
        assertEquals(RunInterval.H1, bitfinex.sourceInterval(RunInterval.H4));
        assertEquals(RunInterval.M5, bitfinex.sourceInterval(RunInterval.M10));
        assertEquals(RunInterval.D1, bitfinex.sourceInterval(RunInterval.D1));
        ExchangeCapabilities kraken = registry.find("kraken").orElseThrow();
        assertEquals(RunInterval.H4, kraken.sourceInterval(RunInterval.H4));
        assertEquals(RunInterval.M5, kraken.sourceInterval(RunInterval.M10));
        for (ExchangeCapabilities exchange : registry.exchanges()) {
            for (RunInterval interval : RunInterval.values()) {
                assertTrue(exchange.supports(interval), exchange.id() + " " + interval);
            }
        }
    }
}
