package io.awstrader.storage.candle;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.TimeRange;
import java.util.List;

/**
 * What the cache holds for a requested range: the candles it has, in time order, and the parts of the range it
 * has never been given (to fetch from the exchange). A gap inside a covered part is a time without trades.
 */
public record CachedCandles(List<Candle> candles, List<TimeRange> missing) {
    public boolean complete() {
        return missing.isEmpty();
    }
}
