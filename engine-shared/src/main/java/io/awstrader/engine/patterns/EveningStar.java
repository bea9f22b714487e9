package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/**
 * Evening star (bearish reversal over three candles, completing at candle i), the mirror of {@link MorningStar}:
 * <ol>
 *   <li>i−2 is a long bullish candle: body ≥ 50% of its range;</li>
 *   <li>i−1, the star, has a small body (≤ 30% of the first body) lying at or above the first candle's close;</li>
 *   <li>i is bearish and closes below the midpoint of the first candle's body.</li>
 * </ol>
 */
public final class EveningStar extends CandleRule {

    public EveningStar() {
        super("eveningStar", 2);
    }

    @Override
    boolean matchesAt(CandleSeries c, int i) {
        int first = i - 2;
        int star = i - 1;
        double firstBody = body(c, first);
        return isBullish(c, first) && firstBody >= MorningStar.LONG_BODY_SHARE * range(c, first)
                && body(c, star) <= MorningStar.STAR_BODY_SHARE * firstBody
                && Math.min(c.open(star), c.close(star)) >= c.close(first)
                && isBearish(c, i) && c.close(i) < (c.open(first) + c.close(first)) / 2;
    }
}
