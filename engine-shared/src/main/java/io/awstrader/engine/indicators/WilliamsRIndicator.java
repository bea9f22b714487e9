package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * Williams %R: {@code -100 * (highest high - close) / (highest high - lowest low)} over {@code period} candles,
 * from 0 (close at the top of the range) to -100 (at the bottom).
 *
 * <p>A window with highest high == lowest low gives -50, the middle of the range, rather than dividing by zero.
 * Warm-up: {@code NaN} for the first period - 1 candles.
 */
public final class WilliamsRIndicator extends CandleIndicator {
    private final RollingExtremes extremes;

    public WilliamsRIndicator(CandleSeries candles, int period) {
        super("williamsR", candles, "williamsR(" + period + ")", "value");
        extremes = new RollingExtremes(ParameterChecks.period("williamsR", "period", period));
    }

    @Override
    void computeNext(int i) {
        extremes.add(candles.high(i), candles.low(i));
        double r = Double.NaN;
        if (extremes.isFull()) {
            double highest = extremes.highest();
            double range = highest - extremes.lowest();
            r = range == 0 ? -50 : (highest - candles.close(i)) / range * -100;
        }
        emit(0, r);
    }
}
