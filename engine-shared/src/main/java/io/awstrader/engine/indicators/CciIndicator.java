package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Series;

/**
 * Commodity channel index: {@code (typical - SMA(typical)) / (0.015 * mean deviation)} over {@code period}
 * candles, typical = (high + low + close) / 3 (Lambert; ta4j's CCIIndicator, TradingView's CCI).
 *
 * <p>A window of identical typical prices has mean deviation 0 and gives 0 (as ta4j). The mean deviation is an
 * O(period) loop per candle: its centre moves with every candle, so it has no O(1) sliding form.
 * Warm-up: {@code NaN} for the first period - 1 candles.
 */
public final class CciIndicator implements Indicator {
    private static final String[] OUTPUTS = {"value"};
    private static final double LAMBERT_CONSTANT = 0.015;

    private final CandleSeries candles;
    private final RollingWindow typical;
    private final DoubleSeries value = new DoubleSeries();

    public CciIndicator(CandleSeries candles, int period) {
        this.candles = ParameterChecks.candles("cci", candles);
        typical = new RollingWindow(ParameterChecks.period("cci", "period", period));
    }

    @Override
    public String[] outputNames() {
        return OUTPUTS.clone();
    }

    @Override
    public void update() {
        for (int i = value.size(); i < candles.size(); i++) {
            double price = (candles.high(i) + candles.low(i) + candles.close(i)) / 3;
            typical.add(price);
            double cci = Double.NaN;
            if (typical.isFull()) {
                double deviation = typical.meanAbsoluteDeviation();
                cci = deviation == 0 ? 0 : (price - typical.mean()) / (deviation * LAMBERT_CONSTANT);
            }
            value.add(cci);
        }
    }

    @Override
    public int size() {
        return value.size();
    }

    @Override
    public Series output(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("cci has one output (0), not " + index);
        }
        return value;
    }
}
