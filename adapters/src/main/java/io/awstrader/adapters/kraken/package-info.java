/**
 * Kraken spot REST: {@link io.awstrader.adapters.kraken.KrakenAdapter} (the port),
 * {@link io.awstrader.adapters.kraken.KrakenApi} (raw REST, signing, nonces, errors),
 * {@link io.awstrader.adapters.kraken.KrakenJson} (Kraken JSON to engine types) and
 * {@link io.awstrader.adapters.kraken.KrakenSymbols} (XBT, XXBT/ZUSD asset codes, pair names). Kraken's quirks live
 * here and nowhere else.
 */
package io.awstrader.adapters.kraken;
