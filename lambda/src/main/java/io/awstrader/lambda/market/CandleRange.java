package io.awstrader.lambda.market;

import io.awstrader.engine.market.CandleSeries;

/** A pair's candles from a deployment's anchor on: candles {@code [0, closed)} of {@code series} are closed. */
public record CandleRange(CandleSeries series, int closed) {
    public CandleRange {
        if (series == null || closed < 0 || closed > series.size()) {
            throw new IllegalArgumentException("closed candles " + closed + " outside the series");
        }
    }
}
