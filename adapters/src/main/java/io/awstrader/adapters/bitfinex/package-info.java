/**
 * Bitfinex REST v2: {@link io.awstrader.adapters.bitfinex.BitfinexAdapter} (the port),
 * {@link io.awstrader.adapters.bitfinex.BitfinexApi} (raw REST, HMAC-SHA384 signing, nonces, error arrays),
 * {@link io.awstrader.adapters.bitfinex.BitfinexJson} (rows with close before high, order arrays, notifications)
 * and {@link io.awstrader.adapters.bitfinex.BitfinexSymbols} ({@code tBTCUSD}, {@code UST} for USDT, colon pairs).
 */
package io.awstrader.adapters.bitfinex;
