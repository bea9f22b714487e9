package io.awstrader.lambda.replay;

import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;

import java.util.Map;

/**
 * The period a replay ticks over, chosen as a backtest chooses its steps: from the first candle at or after
 * {@code from} once every pair has a full warm-up window, to the last candle opening at or before {@code to}.
 */
final class ReplayClock {

    private ReplayClock() {
    }

    /** {@code [first, last]} candle open times (epoch ms) of the replay. */
    static double[] period(BacktestConfig config, Map<Pair, CandleSeries> candles) {
        double start = Double.isNaN(config.from()) ? Double.NEGATIVE_INFINITY : config.from();
        double end = Double.isNaN(config.to()) ? Double.POSITIVE_INFINITY : config.to();
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (Pair pair : config.bot().pairs()) {
            CandleSeries s = candles.get(pair);
            if (s == null || s.size() < config.warmup()) {
                throw new IllegalArgumentException("not enough " + pair + " candles for a warm-up window of "
                        + config.warmup());
            }
            start = Math.max(start, s.time(config.warmup() - 1));
        }
        for (Pair pair : config.bot().pairs()) {
            CandleSeries s = candles.get(pair);
            int i = s.lastIndexAtOrBefore(start);
            if (i < 0 || s.time(i) < start) {
                i++;
            }
            int j = s.lastIndexAtOrBefore(end);
            if (i <= j) {
                first = Math.min(first, s.time(i));
                last = Math.max(last, s.time(j));
            }
        }
        if (first > last) {
            throw new IllegalArgumentException("no candles in the replay period after a warm-up of "
                    + config.warmup() + " candles");
        }
        return new double[] {first, last};
    }
}
