package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/**
 * The original platform's hammer-shape classifier ({@code getHammerType}), reproduced exactly.
 *
 * <p>With body = |close − open| and wicks measured from the body: no shape when 3·body &gt; high − low;
 * {@link #LONG_UPPER_WICK} (the original's {@code down}) when upper wick &gt; 2·body and lower wick &lt; 0.5·body;
 * {@link #LONG_LOWER_WICK} (its {@code up}) when upper wick &lt; 0.5·body and lower wick &gt; 0.5·body. The
 * original's comment says the lower wick should be double the body but its code says half; the code is kept for
 * compatibility (with the body at most a third of the range the lower-wick test is then always met). A candle
 * with no body (including high == low) has no shape.
 */
enum WickShape {
    LONG_LOWER_WICK,
    LONG_UPPER_WICK,
    NONE;

    static WickShape of(CandleSeries c, int i) {
        double open = c.open(i);
        double close = c.close(i);
        double body = Math.abs(close - open);
        if (3 * body > c.high(i) - c.low(i)) {
            return NONE;
        }
        double upperWick = c.high(i) - Math.max(open, close);
        double lowerWick = Math.min(open, close) - c.low(i);
        if (upperWick > 2 * body && lowerWick < 0.5 * body) {
            return LONG_UPPER_WICK;
        }
        if (upperWick < 0.5 * body && lowerWick > 0.5 * body) {
            return LONG_LOWER_WICK;
        }
        return NONE;
    }
}
