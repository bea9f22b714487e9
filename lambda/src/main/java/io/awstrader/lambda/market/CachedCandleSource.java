package io.awstrader.lambda.market;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.candle.CachedCandles;
import io.awstrader.storage.candle.CandleCache;
import io.awstrader.storage.candle.CandleKey;
import io.awstrader.engine.market.TimeRange;

/**
 * Closed candles from the storage's candle cache (what the server loaded from bundled files or fetched from an
 * exchange). A fresh series per tick; real exchange fetches arrive with the adapters module.
 */
public final class CachedCandleSource implements ClosedCandles {
    private final CandleCache cache;

    public CachedCandleSource(CandleCache cache) {
        this.cache = cache;
    }

    @Override
    public double warmupStart(String exchange, Pair pair, RunInterval interval, int count, double wallTime) {
        double newestOpen = interval.floor(wallTime) - interval.millis();
        // a gap-free window; gaps only make the window reach further back, which the wider read below allows for
        double from = Math.max(0, newestOpen - (count * 2L) * interval.millis());
        CandleSeries s = read(exchange, pair, interval, from, wallTime);
        int closed = ClosedCandles.closedCount(s, interval, wallTime);
        return closed == 0 ? Double.NaN : s.time(Math.max(0, closed - count));
    }

    @Override
    public CandleRange since(String exchange, Pair pair, RunInterval interval, double from, double wallTime) {
        CandleSeries s = read(exchange, pair, interval, from, wallTime);
        return new CandleRange(s, ClosedCandles.closedCount(s, interval, wallTime));
    }

    private CandleSeries read(String exchange, Pair pair, RunInterval interval, double from, double wallTime) {
        CandleSeries series = new CandleSeries(pair, interval);
        long to = (long) wallTime;
        if (to <= (long) from) {
            return series;
        }
        CachedCandles cached = cache.get(new CandleKey(exchange, pair, interval), new TimeRange((long) from, to));
        for (Candle candle : cached.candles()) {
            series.add(candle);
        }
        return series;
    }
}
