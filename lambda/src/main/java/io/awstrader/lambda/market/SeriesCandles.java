package io.awstrader.lambda.market;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

import java.util.HashMap;
import java.util.Map;

/**
 * Candles held in memory (bundled files, a replay's candles), one series per pair at one interval, whatever the
 * exchange name. The series from an anchor on is sliced once and shared by every tick that asks for it, so a replay
 * sends each candle to the bot once, as a backtest does.
 */
public final class SeriesCandles implements ClosedCandles {
    private final Map<Pair, CandleSeries> series;
    private final Map<String, CandleSeries> fromAnchor = new HashMap<>();

    public SeriesCandles(Map<Pair, CandleSeries> series) {
        this.series = Map.copyOf(series);
    }

    @Override
    public double warmupStart(String exchange, Pair pair, RunInterval interval, int count, double wallTime) {
        CandleSeries s = of(pair, interval);
        int closed = ClosedCandles.closedCount(s, interval, wallTime);
        return closed == 0 ? Double.NaN : s.time(Math.max(0, closed - count));
    }

    @Override
    public synchronized CandleRange since(String exchange, Pair pair, RunInterval interval, double from,
                                          double wallTime) {
        CandleSeries all = of(pair, interval);
        CandleSeries s = fromAnchor.computeIfAbsent(pair + "@" + from, key -> {
            int first = all.lastIndexAtOrBefore(from);
            if (first < 0 || all.time(first) < from) {
                first++;
            }
            return all.slice(first, all.size());
        });
        return new CandleRange(s, ClosedCandles.closedCount(s, interval, wallTime));
    }

    private CandleSeries of(Pair pair, RunInterval interval) {
        CandleSeries s = series.get(pair);
        if (s == null) {
            throw new IllegalArgumentException("no candles for " + pair + " here; there are " + series.keySet());
        }
        if (s.interval() != interval) {
            throw new IllegalArgumentException(pair + " candles are " + s.interval() + ", not " + interval);
        }
        return s;
    }
}
