package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/**
 * Morning star (bullish reversal over three candles, completing at candle i):
 * <ol>
 *   <li>i−2 is a long bearish candle: body ≥ 50% of its range;</li>
 *   <li>i−1, the star, has a small body (≤ 30% of the first body) lying at or below the first candle's close
 *       (a gap down is allowed but not required: 24/7 crypto markets rarely gap);</li>
 *   <li>i is bullish and closes above the midpoint of the first candle's body.</li>
 * </ol>
 */
public final class MorningStar extends CandleRule {
    static final double LONG_BODY_SHARE = 0.5;
    static final double STAR_BODY_SHARE = 0.3;

    public MorningStar() {
        super("morningStar", 2);
    }

    @Override
    boolean matchesAt(CandleSeries c, int i) {
        int first = i - 2;
        int star = i - 1;
        double firstBody = body(c, first);
        return isBearish(c, first) && firstBody >= LONG_BODY_SHARE * range(c, first)
                && body(c, star) <= STAR_BODY_SHARE * firstBody
                && Math.max(c.open(star), c.close(star)) <= c.close(first)
                && isBullish(c, i) && c.close(i) > (c.open(first) + c.close(first)) / 2;
    }
}
