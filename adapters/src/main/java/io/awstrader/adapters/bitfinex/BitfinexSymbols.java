package io.awstrader.adapters.bitfinex;

import io.awstrader.engine.market.Pair;
import java.util.Map;

/**
 * Bitfinex's names: trading pairs {@code t} + base + quote ({@code tBTCUSD}), with a colon when an asset has more than
 * three letters ({@code t1INCH:USD}); USDT is {@code UST} (and a few others differ, per {@code pub:map:currency:sym}).
 */
final class BitfinexSymbols {
    private static final Map<String, String> TO_BITFINEX = Map.of("USDT", "UST", "DASH", "DSH", "QTUM", "QTM",
            "IOTA", "IOT", "DATA", "DAT", "MANA", "MNA");
    private static final Map<String, String> FROM_BITFINEX = Map.of("UST", "USDT", "DSH", "DASH", "QTM", "QTUM",
            "IOT", "IOTA", "DAT", "DATA", "MNA", "MANA");

    private BitfinexSymbols() {
    }

    /** {@code BTC/USDT} -> {@code tBTCUST}; {@code 1INCH/USD} -> {@code t1INCH:USD}. */
    static String symbol(Pair pair) {
        return "t" + pairName(pair);
    }

    /** The pair as conf endpoints write it, without the {@code t}: {@code BTCUSD}, {@code 1INCH:USD}. */
    static String pairName(Pair pair) {
        String base = asset(pair.base());
        String quote = asset(pair.quote());
        return base.length() == 3 && quote.length() == 3 ? base + quote : base + ":" + quote;
    }

    static String asset(String asset) {
        return TO_BITFINEX.getOrDefault(asset, asset);
    }

    static String platformAsset(String bitfinex) {
        return FROM_BITFINEX.getOrDefault(bitfinex, bitfinex).toUpperCase();
    }

    /** {@code tBTCUST} or {@code BTCUST} -> {@code BTC/USDT}; {@code t1INCH:USD} -> {@code 1INCH/USD}; else null. */
    static Pair pair(String symbol) {
        String s = symbol.startsWith("t") ? symbol.substring(1) : symbol;
        int colon = s.indexOf(':');
        String base;
        String quote;
        if (colon > 0) {
            base = s.substring(0, colon);
            quote = s.substring(colon + 1);
        } else if (s.length() == 6) {
            base = s.substring(0, 3);
            quote = s.substring(3);
        } else {
            return null;
        }
        try {
            return new Pair(platformAsset(base), platformAsset(quote));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
