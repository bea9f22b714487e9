package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/**
 * Doji: open and close almost equal, body ≤ 10% of the high–low range. A flat candle (high == low) is not a doji:
 * it usually means no trades, not indecision.
 */
public final class Doji extends CandleRule {
    /** Largest body, as a fraction of the range, that still counts as a doji. */
    static final double MAX_BODY_SHARE = 0.10;

    public Doji() {
        super("doji", 0);
    }

    @Override
    boolean matchesAt(CandleSeries c, int i) {
        double range = range(c, i);
        return range > 0 && body(c, i) <= MAX_BODY_SHARE * range;
    }
}
