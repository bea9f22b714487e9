package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/** Shared argument checks and candle measures; subclasses judge only indices that have enough earlier candles. */
abstract class CandleRule implements CandlestickPattern {
    private final String name;
    private final int lookback;

    CandleRule(String name, int lookback) {
        this.name = name;
        this.lookback = lookback;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int lookback() {
        return lookback;
    }

    @Override
    public final boolean matches(CandleSeries candles, int index) {
        if (candles == null) {
            throw new IllegalArgumentException(name + ": candle series is null");
        }
        if (index < 0 || index >= candles.size()) {
            throw new IllegalArgumentException(name + ": candle " + index + " is outside a series of "
                    + candles.size() + " candles");
        }
        return index >= lookback && matchesAt(candles, index);
    }

    /** The rule itself, called only with {@code lookback <= index < size}. */
    abstract boolean matchesAt(CandleSeries c, int i);

    static double body(CandleSeries c, int i) {
        return Math.abs(c.close(i) - c.open(i));
    }

    static double range(CandleSeries c, int i) {
        return c.high(i) - c.low(i);
    }

    static boolean isBullish(CandleSeries c, int i) {
        return c.close(i) > c.open(i);
    }

    static boolean isBearish(CandleSeries c, int i) {
        return c.close(i) < c.open(i);
    }

    @Override
    public String toString() {
        return name;
    }
}
