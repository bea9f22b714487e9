package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * On-balance volume: a running total that adds the candle's volume when the close rises, subtracts it when the
 * close falls and keeps it when the close is unchanged. Starts at 0 on the first candle (ta4j and TradingView
 * alike), so it has no warm-up.
 */
public final class ObvIndicator extends CandleIndicator {
    private double total;

    public ObvIndicator(CandleSeries candles) {
        super("obv", candles, "obv", "value");
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
