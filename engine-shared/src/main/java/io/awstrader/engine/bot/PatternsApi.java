package io.awstrader.engine.bot;

/** The {@code candlestickPatterns} object of a bot run: one boolean per candle for each pattern. */
public final class PatternsApi {
}
