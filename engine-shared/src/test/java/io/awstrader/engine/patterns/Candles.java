package io.awstrader.engine.patterns;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

/** Hand-built hourly candle series for pattern tests. */
final class Candles {
    private Candles() {
    }

    /** One candle per {@code {open, high, low, close}} row, an hour apart. */
    static CandleSeries of(double[]... ohlc) {
        CandleSeries series = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (int i = 0; i < ohlc.length; i++) {
            double[] c = ohlc[i];
            series.add(i * RunInterval.H1.millis(), c[0], c[1], c[2], c[3], 1);
        }
        return series;
    }

    static double[] c(double open, double high, double low, double close) {
        return new double[] {open, high, low, close};
    }
}
