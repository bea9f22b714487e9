package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/**
 * Bearish engulfing: a bullish candle followed by a bearish one whose body covers it, at candle i:
 * close[i−1] &gt; open[i−1], close[i] &lt; open[i], open[i] ≥ close[i−1], close[i] ≤ open[i−1], and a strictly
 * larger body. Equal edges are allowed and the trend is not tested, as for {@link BullishEngulfing}.
 */
public final class BearishEngulfing extends CandleRule {

    public BearishEngulfing() {
        super("bearishEngulfing", 1);
    }

    @Override
    boolean matchesAt(CandleSeries c, int i) {
        return isBullish(c, i - 1) && isBearish(c, i) && c.open(i) >= c.close(i - 1) && c.close(i) <= c.open(i - 1)
                && body(c, i) > body(c, i - 1);
    }
}
