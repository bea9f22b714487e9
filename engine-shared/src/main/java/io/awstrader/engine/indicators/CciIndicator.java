package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * Commodity channel index: {@code (typical - SMA(typical)) / (0.015 * mean deviation)} over {@code period}
 * candles, typical = (high + low + close) / 3 (Lambert; ta4j's CCIIndicator, TradingView's CCI).
 *
 * <p>A window of identical typical prices has mean deviation 0 and gives 0 (as ta4j). The mean deviation is an
 * O(period) loop per candle: its centre moves with every candle, so it has no O(1) sliding form.
 * Warm-up: {@code NaN} for the first period - 1 candles.
 */
public final class CciIndicator extends CandleIndicator {
    private static final double LAMBERT_CONSTANT = 0.015;

    private final RollingWindow typical;

    public CciIndicator(CandleSeries candles, int period) {
        super("cci", candles, "cci(" + period + ")", "value");
        typical = new RollingWindow(ParameterChecks.period("cci", "period", period));
    }

    @Override
    void computeNext(int i) {
        double price = (candles.high(i) + candles.low(i) + candles.close(i)) / 3;
        typical.add(price);
        double cci = Double.NaN;
        if (typical.isFull()) {
            double deviation = typical.meanAbsoluteDeviation();
            cci = deviation == 0 ? 0 : (price - typical.mean()) / (deviation * LAMBERT_CONSTANT);
        }
        emit(0, cci);
    }
}
