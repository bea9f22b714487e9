package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * Accumulation/distribution line (Chaikin): the running total of each candle's money-flow volume
 * {@code ((close - low) - (high - close)) / (high - low) * volume}, from the first candle on (TradingView's
 * {@code ta.accdist}).
 *
 * <p>A candle with high == low contributes 0 (its close location is undefined) instead of dividing by zero.
 * ta4j differs in two ways: its line starts at 0 on the first candle (ignoring that candle's flow) and a
 * high == low candle turns its line into NaN for good.
 */
public final class AdlIndicator extends CandleIndicator {
    private double total;

    public AdlIndicator(CandleSeries candles) {
        super("adl", candles, "adl", "value");
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
    void computeNext(int i) {
        total += moneyFlowVolume(candles.high(i), candles.low(i), candles.close(i), candles.volume(i));
        emit(0, total);
    }
}
