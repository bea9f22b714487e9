package io.awstrader.adapters.kraken;

import io.awstrader.engine.market.Pair;
import java.util.Map;

/**
 * Kraken's names: BTC is {@code XBT} (DOGE {@code XDG}); older assets carry an X (crypto) or Z (fiat) prefix in
 * balances and pair ids ({@code XXBT}, {@code ZUSD}, pair {@code XXBTZUSD}), newer ones none ({@code USDT},
 * {@code XBTUSDT}); requests may use the altname ({@code XBTUSD}).
 */
final class KrakenSymbols {
    private static final Map<String, String> TO_KRAKEN = Map.of("BTC", "XBT", "DOGE", "XDG");
    private static final Map<String, String> FROM_KRAKEN = Map.of("XBT", "BTC", "XDG", "DOGE");
    /** The legacy four-letter codes: the X/Z prefix is dropped (XXBT -> XBT -> BTC). */
    private static final java.util.Set<String> PREFIXED = java.util.Set.of("XXBT", "XETH", "XLTC", "XXRP", "XXLM",
            "XXMR", "XZEC", "XETC", "XREP", "XMLN", "XXDG", "XICN", "XNMC", "XXVN", "ZUSD", "ZEUR", "ZGBP", "ZJPY",
            "ZCAD", "ZAUD");

    private KrakenSymbols() {
    }

    /** The altname Kraken accepts in requests: {@code BTC/USD} -> {@code XBTUSD}. */
    static String pair(Pair pair) {
        return asset(pair.base()) + asset(pair.quote());
    }

    /** Platform asset -> Kraken asset: {@code BTC} -> {@code XBT}. */
    static String asset(String asset) {
        return TO_KRAKEN.getOrDefault(asset, asset);
    }

    /** Quote assets an altname may end with, longest first; for names AssetPairs does not list (delisted pairs). */
    private static final String[] QUOTES = {"USDT", "USDC", "ZUSD", "ZEUR", "USD", "EUR", "GBP", "CAD", "JPY", "CHF",
        "XBT", "ETH", "DAI"};

    /** {@code LTCUSDT} -> {@code LTC/USDT}, {@code XBTUSD} -> {@code BTC/USD}; null when no known quote ends it. */
    static Pair parsePair(String altname) {
        for (String quote : QUOTES) {
            if (altname.length() > quote.length() && altname.endsWith(quote)) {
                String base = platformAsset(altname.substring(0, altname.length() - quote.length()));
                String q = platformAsset(quote);
                try {
                    return base == null || q == null ? null : new Pair(base, q);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Kraken asset -> platform asset: {@code XXBT}, {@code XBT} -> {@code BTC}; {@code ZUSD} -> {@code USD}. Returns
     * null for balances that are not spot funds ({@code USDT.M}, {@code AMBRx.T}: staked, margin, earn).
     */
    static String platformAsset(String kraken) {
        if (kraken.indexOf('.') >= 0) {
            return null;
        }
        String code = PREFIXED.contains(kraken) ? kraken.substring(1) : kraken;
        return FROM_KRAKEN.getOrDefault(code, code).toUpperCase();
    }
}
