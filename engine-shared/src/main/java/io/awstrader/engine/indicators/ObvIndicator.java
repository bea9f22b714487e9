package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * On-balance volume: a running total that adds the candle's volume when the close rises, subtracts it when the
 * close falls and keeps it when the close is unchanged. Starts at 0 on the first candle (ta4j and TradingView
 * alike), so it has no warm-up.
 */
public final class ObvIndicator extends BaseIndicator {
    private final CandleSeries candles;
    private double total;

    public ObvIndicator(CandleSeries candles) {
        super("obv", "value");
        this.candles = ParameterChecks.candles("obv", candles);
    }

    @Override
    int inputSize() {
        return candles.size();
    }

    @Override
    void computeNext(int i) {
        if (i > 0) {
            double previous = candles.close(i - 1);
            double close = candles.close(i);
            if (close > previous) {
                total += candles.volume(i);
            } else if (close < previous) {
                total -= candles.volume(i);
            }
        }
        emit(0, total);
    }
}
