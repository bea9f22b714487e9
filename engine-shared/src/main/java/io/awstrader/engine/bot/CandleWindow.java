package io.awstrader.engine.bot;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

/**
 * The closed candles a bot sees for one pair: candles {@code [from, to)} of the run's series, oldest first.
 * Bots see it as {@code input.candleData[pair]}, an array of {@code [time, open, close, high, low, volume]}.
 *
 * <p>A view, not a copy: indicators asked for over the engine's own window are served from values computed once
 * over the whole series ({@link IndicatorsApi}), which is why the window keeps a reference to its series.
 */
public final class CandleWindow {
    private final CandleSeries series;
    private final int from;
    private final int to;

    public CandleWindow(CandleSeries series, int from, int to) {
        if (series == null) {
            throw new IllegalArgumentException("a candle window needs a series");
        }
        if (from < 0 || to > series.size() || from > to) {
            throw new IllegalArgumentException("window " + from + ".." + to + " outside series of " + series.size());
        }
        this.series = series;
        this.from = from;
        this.to = to;
    }

    /** A window over all of {@code series}. */
    public static CandleWindow of(CandleSeries series) {
        return new CandleWindow(series, 0, series.size());
    }

    /**
     * A window over candles a bot built itself, in the original platform's {@code ArrayCandle} order
     * {@code [time, open, close, high, low, volume]}; validated like any candle.
     */
    public static CandleWindow fromArrayCandles(Pair pair, RunInterval interval, double[][] arrayCandles) {
        CandleSeries series = new CandleSeries(pair, interval, arrayCandles.length);
        for (int i = 0; i < arrayCandles.length; i++) {
            double[] c = arrayCandles[i];
            if (c == null || c.length < 6) {
                throw new IllegalArgumentException("candle " + i + " must be [time, open, close, high, low, volume]");
            }
            series.add(c[0], c[1], c[3], c[4], c[2], c[5]);
        }
        return of(series);
    }

    public Pair pair() {
        return series.pair();
    }

    public CandleSeries series() {
        return series;
    }

    /** Index in the series of the window's first candle. */
    public int from() {
        return from;
    }

    /** Index in the series just past the window's last candle. */
    public int to() {
        return to;
    }

    public int size() {
        return to - from;
    }

    public Candle candle(int i) {
        return series.candle(index(i));
    }

    public double time(int i) {
        return series.time(index(i));
    }

    public double open(int i) {
        return series.open(index(i));
    }

    public double high(int i) {
        return series.high(index(i));
    }

    public double low(int i) {
        return series.low(index(i));
    }

    public double close(int i) {
        return series.close(index(i));
    }

    public double volume(int i) {
        return series.volume(index(i));
    }

    /** Close of the newest candle: the pair's current price for the bot. */
    public double lastClose() {
        if (to == from) {
            throw new IllegalStateException("no candles for " + pair());
        }
        return series.close(to - 1);
    }

    private int index(int i) {
        if (i < 0 || i >= to - from) {
            throw new IndexOutOfBoundsException("candle " + i + " outside window of " + (to - from));
        }
        return from + i;
    }
}
