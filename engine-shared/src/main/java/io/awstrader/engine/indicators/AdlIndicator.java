package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Series;

/**
 * Accumulation/distribution line (Chaikin): the running total of each candle's money-flow volume
 * {@code ((close - low) - (high - close)) / (high - low) * volume}, from the first candle on (TradingView's
 * {@code ta.accdist}).
 *
 * <p>A candle with high == low contributes 0 (its close location is undefined) instead of dividing by zero.
 * ta4j differs in two ways: its line starts at 0 on the first candle (ignoring that candle's flow) and a
 * high == low candle turns its line into NaN for good.
 */
public final class AdlIndicator implements Indicator {
    private static final String[] OUTPUTS = {"value"};

    private final CandleSeries candles;
    private final DoubleSeries value = new DoubleSeries();
    private double total;

    public AdlIndicator(CandleSeries candles) {
        this.candles = ParameterChecks.candles("adl", candles);
    }

    /** Money-flow volume of one candle; 0 when high == low. */
    static double moneyFlowVolume(double high, double low, double close, double volume) {
        double range = high - low;
        if (range == 0) {
            return 0;
        }
        return ((close - low) - (high - close)) / range * volume;
    }

    @Override
    public String[] outputNames() {
        return OUTPUTS.clone();
    }

    @Override
    public void update() {
        for (int i = value.size(); i < candles.size(); i++) {
            total += moneyFlowVolume(candles.high(i), candles.low(i), candles.close(i), candles.volume(i));
            value.add(total);
        }
    }

    @Override
    public int size() {
        return value.size();
    }

    @Override
    public Series output(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("adl has one output (0), not " + index);
        }
        return value;
    }
}
