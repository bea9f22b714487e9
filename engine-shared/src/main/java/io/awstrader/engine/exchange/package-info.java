/**
 * The virtual exchange: the engine's simulated brokerage that fills orders against candles for backtests
 * and paper trading. Deterministic and free of I/O, so a backtest in the browser (TeaVM) and one on the JVM
 * fill the same orders at the same prices.
 *
 * <p>{@link io.awstrader.engine.exchange.FillModel} says at what price an order fills within a candle and what
 * it costs; {@link io.awstrader.engine.exchange.VirtualExchange} keeps the balances, reserves funds for open
 * orders and applies fills. Not modelled (real exchange adapters own these): partial fills, order-book depth,
 * latency, minimum sizes and price/amount increments.
 */
package io.awstrader.engine.exchange;
