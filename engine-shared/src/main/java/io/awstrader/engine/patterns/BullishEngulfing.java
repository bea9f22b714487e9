package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/**
 * Bullish engulfing: a bearish candle followed by a bullish one whose body covers it, at candle i:
 * close[i−1] &lt; open[i−1], close[i] &gt; open[i], open[i] ≤ close[i−1], close[i] ≥ open[i−1], and a strictly
 * larger body. Equal edges are allowed because 24/7 crypto markets open each candle at the previous close;
 * the preceding trend is not tested (as in TA-Lib): that is the bot's context to judge.
 */
public final class BullishEngulfing extends CandleRule {

    public BullishEngulfing() {
        super("bullishEngulfing", 1);
    }

    @Override
    boolean matchesAt(CandleSeries c, int i) {
        return isBearish(c, i - 1) && isBullish(c, i) && c.open(i) <= c.close(i - 1) && c.close(i) >= c.open(i - 1)
                && body(c, i) > body(c, i - 1);
    }
}
