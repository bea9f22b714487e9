/**
 * KuCoin spot REST (classic {@code trade} account): {@link io.awstrader.adapters.kucoin.KucoinAdapter} (the port),
 * {@link io.awstrader.adapters.kucoin.KucoinApi} (raw REST, v2 key signing with the signed passphrase, the
 * {@code {"code":"200000"}} envelope), {@link io.awstrader.adapters.kucoin.KucoinJson} (newest-first string candle
 * rows, orders) and {@link io.awstrader.adapters.kucoin.KucoinSymbols} ({@code BTC-USDT}).
 */
package io.awstrader.adapters.kucoin;
