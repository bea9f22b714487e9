package io.awstrader.engine.data;

import io.awstrader.engine.market.Pair;

/** Reads the pair from a symbol as files write it: {@code BTC/USD}, {@code BTC-USD}, {@code BTCUSD}, {@code ETHBTC}. */
final class ExchangeSymbol {
    /** Quote assets recognised at the end of a symbol without separator; longer ones first so USDT beats USD. */
    private static final String[] QUOTES = {
        "USDT", "USDC", "BUSD", "TUSD", "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "TRY", "DAI", "BTC", "XBT",
        "ETH"
    };

    private ExchangeSymbol() {
    }

    static Pair parse(String symbol) {
        String s = symbol.trim().toUpperCase();
        try {
            if (s.indexOf('/') >= 0) {
                return Pair.parse(s);
            }
            for (char separator : new char[] {'-', '_', ':'}) {
                int at = s.indexOf(separator);
                if (at > 0 && at == s.lastIndexOf(separator) && at < s.length() - 1) {
                    return new Pair(s.substring(0, at), s.substring(at + 1));
                }
            }
            for (String quote : QUOTES) {
                if (s.length() > quote.length() && s.endsWith(quote)) {
                    return new Pair(s.substring(0, s.length() - quote.length()), quote);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the pair from symbol '" + symbol + "': " + e.getMessage()
                    + "; pass the pair in the options", e);
        }
        throw new IllegalArgumentException("cannot split symbol '" + symbol + "' into base and quote assets"
                + " (known quotes: " + String.join(", ", QUOTES) + "); pass the pair in the options");
    }
}
