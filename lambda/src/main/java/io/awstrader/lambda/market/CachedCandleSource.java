package io.awstrader.lambda.market;

import io.awstrader.adapters.CandleSource;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.candle.CachedCandles;
import io.awstrader.storage.candle.CandleCache;
import io.awstrader.storage.candle.CandleKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Closed candles from the storage's candle cache (bundled files, what the server fetched). With exchange sources,
 * closed candles the cache lacks are fetched through the exchange's adapter first and cached, so a deployment ticking
 * at the live edge gets the candle that just closed. A span after the newest candle an exchange returned is not
 * recorded as fetched (the exchange may publish a closed candle a moment late), so the next tick asks again. A fresh
 * series per tick.
 */
public final class CachedCandleSource implements ClosedCandles {
    private final CandleCache cache;
    private final Map<String, CandleSource> exchanges = new HashMap<>();

    /** Cached candles only. */
    public CachedCandleSource(CandleCache cache) {
        this(cache, List.of());
    }

    /** Cached candles, and what the cache lacks from {@code sources} (one per exchange). */
    public CachedCandleSource(CandleCache cache, List<? extends CandleSource> sources) {
        this.cache = cache;
        for (CandleSource source : sources) {
            exchanges.put(source.exchange(), source);
        }
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
        CandleKey key = new CandleKey(exchange, pair, interval);
        TimeRange range = new TimeRange((long) from, to);
        CachedCandles cached = cache.get(key, range);
        CandleSource source = exchanges.get(exchange);
        // what the cache lacks, fetched first; an exchange error goes to the tick (recorded there)
        if (!cached.complete() && source != null && source.serves(interval) && cache.fillClosed(key, cached.missing(),
                (long) interval.floor(wallTime), true, r -> source.fetch(pair, interval, r))) {
            cached = cache.get(key, range);
        }
        for (Candle candle : cached.candles()) {
            series.add(candle);
        }
        return series;
    }
}
