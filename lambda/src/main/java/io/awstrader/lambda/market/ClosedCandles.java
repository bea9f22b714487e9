package io.awstrader.lambda.market;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

/**
 * Where a tick gets its candles: an exchange adapter's candle endpoint, the server's candle cache, or bundled
 * candles for paper replays. Only candles that are closed at the tick's time may reach the bot.
 */
public interface ClosedCandles {

    /**
     * The open time of the oldest of the newest {@code count} candles of {@code pair} closed at {@code wallTime}
     * (epoch ms): where a new deployment's series starts, so its first window holds {@code count} candles. NaN when
     * no candle is closed yet.
     */
    double warmupStart(String exchange, Pair pair, RunInterval interval, int count, double wallTime);

    /**
     * The candles of {@code pair} opened at or after {@code from}, of which the first {@link CandleRange#closed()}
     * are closed at {@code wallTime}. A source may hand back a longer series it keeps (later candles are never shown
     * to the bot), which lets successive ticks share one series and its indicators.
     */
    CandleRange since(String exchange, Pair pair, RunInterval interval, double from, double wallTime);

    /** How many candles of {@code series} are closed at {@code wallTime}: those whose open + interval is not later. */
    static int closedCount(CandleSeries series, RunInterval interval, double wallTime) {
        return series.lastIndexAtOrBefore(wallTime - interval.millis()) + 1;
    }
}
