package io.awstrader.server.candles;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.candle.CandleKey;
import java.util.List;

/**
 * Candles for a request: those in the range, the parts of the range nobody could provide, everything the cache
 * holds for the key (when something is missing) and a note saying why it is missing.
 */
public record CandleAnswer(CandleKey key, TimeRange range, List<Candle> candles, List<TimeRange> missing,
        List<TimeRange> available, String note) {
    public boolean complete() {
        return missing.isEmpty();
    }
}
