package io.awstrader.adapters;

/**
 * The service {@link ExchangeRegistry} finds with {@link java.util.ServiceLoader}: one per exchange, listed in
 * {@code META-INF/services/io.awstrader.adapters.ExchangeConnector}. A new exchange is one adapter class with its
 * connector plus that line.
 */
public interface ExchangeConnector {
    /** The exchange's facts: id, intervals, order types, URL variable. */
    ExchangeCapabilities capabilities();

    /**
     * An adapter for one account ({@code credentials}) or, with {@code credentials} null, for public data only
     * (candles, ticker, pairs; private calls then fail with {@code auth}).
     */
    ExchangeAdapter connect(ExchangeCredentials credentials, ExchangeSettings settings);
}
