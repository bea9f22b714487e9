/**
 * Candle import and export: reads candle CSV text as exported by CryptoDataDownload and TradingView into a
 * {@link io.awstrader.engine.market.CandleSeries} and writes a series back as CSV.
 *
 * <p>The engine does no file I/O: callers read the file and pass its text. Nothing is repaired silently:
 * <ul>
 *   <li>exact duplicate rows (same time, same values) are dropped and counted;</li>
 *   <li>bad rows (missing fields, unreadable numbers or dates, NaN, non-positive prices, high/low not enclosing
 *       open/close), conflicting duplicates (same time, different values: every copy, since none can be trusted)
 *       and off-grid times are excluded from the series and reported as {@link io.awstrader.engine.data.ImportProblem}s
 *       with their 1-based line numbers;</li>
 *   <li>gaps stay gaps (no synthetic candles) and are reported as {@link io.awstrader.engine.data.Gap}s.</li>
 * </ul>
 * Strict mode turns any problem into an exception; gaps and exact duplicates never fail an import.
 */
package io.awstrader.engine.data;
