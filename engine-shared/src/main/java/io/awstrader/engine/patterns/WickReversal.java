package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;

/**
 * The original platform's four single-candle reversals: a {@link WickShape} after a lower low (hammer, inverse
 * hammer) or a higher high (hanging man, shooting star), optionally confirmed by the next candle.
 *
 * <p>Unconfirmed, at candle i: the trend test between i−1 and i, and the shape of i. Confirmed, at candle i: the
 * unconfirmed pattern at i−1 and candle i closing in the reversal's direction (bullish for hammer and inverse
 * hammer, bearish for hanging man and shooting star). This fixes two bugs of the original, which in confirmed mode
 * tested the shape on the confirming candle i instead of the pattern candle i−1, and required a bullish close for
 * hanging man and shooting star, whose reversal is bearish. Index 0 never matches, nor index 1 when confirmed.
 */
abstract class WickReversal extends CandleRule {
    private final WickShape shape;
    private final boolean afterDecline;
    private final boolean bullishReversal;
    private final boolean confirmed;

    WickReversal(String name, WickShape shape, boolean afterDecline, boolean bullishReversal, boolean confirmed) {
        super(name, confirmed ? 2 : 1);
        this.shape = shape;
        this.afterDecline = afterDecline;
        this.bullishReversal = bullishReversal;
        this.confirmed = confirmed;
    }

    /** True when the next candle must close in the reversal's direction; the pattern then completes one candle later. */
    public final boolean isConfirmed() {
        return confirmed;
    }

    @Override
    final boolean matchesAt(CandleSeries c, int i) {
        if (!confirmed) {
            return formsAt(c, i);
        }
        boolean confirms = bullishReversal ? isBullish(c, i) : isBearish(c, i);
        return confirms && formsAt(c, i - 1);
    }

    private boolean formsAt(CandleSeries c, int i) {
        boolean trend = afterDecline ? c.low(i - 1) > c.low(i) : c.high(i - 1) < c.high(i);
        return trend && WickShape.of(c, i) == shape;
    }

    @Override
    public String toString() {
        return confirmed ? name() + " (confirmed)" : name();
    }
}
