/**
 * Candlestick patterns: small rules that say whether a pattern completes at a candle, reading only that candle
 * and the ones before it (never later candles, so a backtest cannot look ahead).
 *
 * <p>Hammer, hanging man, inverse hammer and shooting star reproduce the original platform's rules, including its
 * optional confirmed mode, except for two bugs that are fixed (see {@link io.awstrader.engine.patterns.Hammer}).
 * Engulfing, doji and the stars follow textbook definitions with the thresholds documented on each class.
 * {@link io.awstrader.engine.patterns.CandlestickPatternCatalog} finds them by the names bots use.
 */
package io.awstrader.engine.patterns;
