package io.awstrader.adapters.kucoin;

import io.awstrader.engine.market.Pair;

/** KuCoin's names: {@code BASE-QUOTE} with the platform's asset names ({@code BTC-USDT}). */
final class KucoinSymbols {
    private KucoinSymbols() {
    }

    static String symbol(Pair pair) {
        return pair.base() + "-" + pair.quote();
    }

    /** {@code BTC-USDT} -> {@code BTC/USDT}; null when it is not two assets. */
    static Pair pair(String symbol) {
        int dash = symbol.indexOf('-');
        if (dash <= 0 || dash != symbol.lastIndexOf('-')) {
            return null;
        }
        try {
            return new Pair(symbol.substring(0, dash).toUpperCase(), symbol.substring(dash + 1).toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
