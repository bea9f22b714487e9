package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/** A candlestick pattern judged at one candle from that candle and earlier ones only. */
public interface CandlestickPattern {

    /** The name bots use, e.g. {@code hammer} or {@code bullishEngulfing}. */
    String name();

    /** How many candles before the judged one the pattern reads; it never matches at an index below this. */
    int lookback();

    /**
     * True when the pattern completes at candle {@code index}.
     *
     * @throws IllegalArgumentException when {@code candles} is null or {@code index} is outside the series
     */
    boolean matches(CandleSeries candles, int index);

    /**
     * One boolean per candle from {@code from} (inclusive) to {@code to} (exclusive): element {@code k} is
     * {@code matches(candles, from + k)}.
     *
     * @throws IllegalArgumentException when {@code candles} is null or the range is not inside the series
     */
    default boolean[] scan(CandleSeries candles, int from, int to) {
        if (candles == null) {
            throw new IllegalArgumentException(name() + ": candle series is null");
        }
        if (from < 0 || to > candles.size() || from > to) {
            throw new IllegalArgumentException(name() + ": range " + from + ".." + to
                    + " is not inside a series of " + candles.size() + " candles");
        }
        boolean[] out = new boolean[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = matches(candles, i);
        }
        return out;
    }

    /** One boolean per candle of the whole series, as the bot API's {@code candlestickPatterns} functions return. */
    default boolean[] scan(CandleSeries candles) {
        if (candles == null) {
            throw new IllegalArgumentException(name() + ": candle series is null");
        }
        return scan(candles, 0, candles.size());
    }
}
