package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * Average true range: Wilder's average (alpha = 1/period) of the true range, seeded with the mean of the first
 * {@code period} true ranges, so the first value is at index {@code period - 1} (TradingView's {@code ta.atr}).
 *
 * <p>The true range of the first candle is high − low; later ones also reach to the previous close.
 */
public final class AtrIndicator extends CandleIndicator {
    private final SeededAverage average;

    public AtrIndicator(CandleSeries candles, int period) {
        super("ATR", candles, "ATR(" + period + ")", "value");
        average = SeededAverage.wilder(ParameterChecks.period("ATR", "period", period));
    }

    @Override
    void computeNext(int i) {
        emit(0, average.next(trueRange(candles, i)));
    }

    /** max(high, previous close) − min(low, previous close); high − low for the first candle. */
    static double trueRange(CandleSeries candles, int i) {
        double high = candles.high(i);
        double low = candles.low(i);
        if (i == 0) {
            return high - low;
        }
        double previousClose = candles.close(i - 1);
        return Math.max(high, previousClose) - Math.min(low, previousClose);
    }
}
