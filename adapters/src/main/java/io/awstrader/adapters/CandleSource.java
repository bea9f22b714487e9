package io.awstrader.adapters;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import java.util.List;

/** Where missing candles come from: an exchange's public candle endpoint (every {@link ExchangeAdapter} is one). */
public interface CandleSource {
    /** The exchange's name in the cache, e.g. {@code bitfinex}. */
    String exchange();

    /** True when this source can fetch candles of {@code interval} (natively or by resampling a finer one). */
    boolean serves(RunInterval interval);

    /**
     * The closed candles of {@code range}, in time order, on the interval's grid.
     *
     * @throws ExchangeException when the exchange cannot be reached or refuses (e.g. an unknown pair)
     */
    List<Candle> fetch(Pair pair, RunInterval interval, TimeRange range);
}
