package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Series;

/**
 * Williams %R: {@code -100 * (highest high - close) / (highest high - lowest low)} over {@code period} candles,
 * from 0 (close at the top of the range) to -100 (at the bottom).
 *
 * <p>A window with highest high == lowest low gives -50, the middle of the range, rather than dividing by zero.
 * Warm-up: {@code NaN} for the first period - 1 candles.
 */
public final class WilliamsRIndicator implements Indicator {
    private static final String[] OUTPUTS = {"value"};

    private final CandleSeries candles;
    private final RollingExtremes extremes;
    private final DoubleSeries value = new DoubleSeries();

    public WilliamsRIndicator(CandleSeries candles, int period) {
        this.candles = ParameterChecks.candles("williamsR", candles);
        extremes = new RollingExtremes(ParameterChecks.period("williamsR", "period", period));
    }

    @Override
    public String[] outputNames() {
        return OUTPUTS.clone();
    }

    @Override
    public void update() {
        for (int i = value.size(); i < candles.size(); i++) {
            extremes.add(candles.high(i), candles.low(i));
            double r = Double.NaN;
            if (extremes.isFull()) {
                double highest = extremes.highest();
                double range = highest - extremes.lowest();
                r = range == 0 ? -50 : (highest - candles.close(i)) / range * -100;
            }
            value.add(r);
        }
    }

    @Override
    public int size() {
        return value.size();
    }

    @Override
    public Series output(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("williamsR has one output (0), not " + index);
        }
        return value;
    }
}
