package io.awstrader.storage.candle;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

/** Which candles: an exchange's candles of one pair at one interval. */
public record CandleKey(String exchange, Pair pair, RunInterval interval) {
    public CandleKey {
        if (exchange == null || !exchange.matches("[a-z0-9-]{2,32}")) {
            throw new IllegalArgumentException("exchange must be a lower-case name such as bitfinex, got " + exchange);
        }
        if (pair == null || interval == null) {
            throw new IllegalArgumentException("candle key needs a pair and an interval");
        }
    }

    /** The cache partition: {@code CANDLES#bitfinex#BTC/USD#1h}. */
    public String partition() {
        return "CANDLES#" + exchange + "#" + pair + "#" + interval.code();
    }
}
