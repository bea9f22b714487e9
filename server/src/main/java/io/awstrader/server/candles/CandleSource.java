package io.awstrader.server.candles;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import java.io.IOException;
import java.util.List;

/**
 * Where missing candles come from: an exchange's public candle endpoint. Exchange adapters provide one each and
 * are found with {@link java.util.ServiceLoader}; until then the cache serves what it holds.
 */
public interface CandleSource {
    /** The exchange's name in the cache, e.g. {@code bitfinex}. */
    String exchange();

    /**
     * The closed candles of {@code range}, in time order, on the interval's grid. {@link IOException} when the
     * exchange cannot be reached.
     */
    List<Candle> fetch(Pair pair, RunInterval interval, TimeRange range) throws IOException;
}
