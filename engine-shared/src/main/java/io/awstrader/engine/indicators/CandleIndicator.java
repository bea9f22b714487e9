package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/** An indicator over candles (several of open, high, low, close, volume together): as long as its candle series. */
abstract class CandleIndicator extends BaseIndicator {
    final CandleSeries candles;

    CandleIndicator(String indicator, CandleSeries candles, String name, String... outputNames) {
        super(name, outputNames);
        this.candles = ParameterChecks.candles(indicator, candles);
    }

    @Override
    final int inputSize() {
        return candles.size();
    }
}
