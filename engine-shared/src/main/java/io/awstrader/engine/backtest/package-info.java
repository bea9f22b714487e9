/**
 * Backtests: the loop of {@link io.awstrader.engine.bot.Iteration} runs over history, with the
 * {@link io.awstrader.engine.exchange.VirtualExchange} as its shell filling orders against the next candles.
 */
package io.awstrader.engine.backtest;
