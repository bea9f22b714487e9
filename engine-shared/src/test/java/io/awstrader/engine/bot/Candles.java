package io.awstrader.engine.bot;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

/** Small hand-made candle series for engine tests. */
public final class Candles {
    /** 2021-01-01T00:00:00Z, a round start for hand-checked times. */
    public static final double START = 1_609_459_200_000.0;

    private Candles() {
    }

    /** Hourly candles with the given closes; each opens at the previous close and spans ±0.5 around open/close. */
    public static CandleSeries hourly(String pair, double... closes) {
        CandleSeries series = new CandleSeries(Pair.parse(pair), RunInterval.H1);
        double open = closes[0];
        for (int i = 0; i < closes.length; i++) {
            double close = closes[i];
            series.add(START + i * RunInterval.H1.millis(), open, Math.max(open, close) + 0.5,
                    Math.min(open, close) - 0.5, close, 10);
            open = close;
        }
        return series;
    }
}
