package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * Volume-weighted average price of the typical price {@code (high + low + close) / 3}, in one of two forms:
 * <ul>
 * <li>{@code period > 0}: rolling over the last {@code period} candles (ta4j's VWAPIndicator); {@code NaN} for
 *     the first period - 1 candles.</li>
 * <li>{@code period == 0}: anchored to the session, restarting with the first candle of each UTC day
 *     (TradingView's default VWAP); no warm-up.</li>
 * </ul>
 * Where every candle in the window (or the session so far) has zero volume the price is undefined: {@code NaN}.
 */
public final class VwapIndicator extends CandleIndicator {
    private static final String NAME = "vwap";
    private static final double DAY_MILLIS = 86_400_000.0;

    private final int period;
    private final RollingWindow priceVolume;
    private final RollingWindow volume;
    private double sessionDay = Double.NaN;
    private double sessionPriceVolume;
    private double sessionVolume;

    /** @param period candles in the rolling window, or 0 for the session VWAP anchored at each UTC midnight */
    public VwapIndicator(CandleSeries candles, int period) {
        super(NAME, candles, NAME + "(" + period + ")", "value");
        if (period < 0) {
            throw new IllegalArgumentException(NAME + " period must be 0 (session VWAP, reset at UTC midnight) or"
                    + " a number of candles, got " + period);
        }
        this.period = period;
        priceVolume = period > 0 ? new RollingWindow(period) : null;
        volume = period > 0 ? new RollingWindow(period) : null;
    }

    /** True for the session form (period 0). */
    public boolean isSessionAnchored() {
        return period == 0;
    }

    @Override
    void computeNext(int i) {
        double typical = (candles.high(i) + candles.low(i) + candles.close(i)) / 3;
        double v = candles.volume(i);
        emit(0, period > 0 ? rolling(typical, v) : session(candles.time(i), typical, v));
    }

    private double rolling(double typical, double v) {
        priceVolume.add(typical * v);
        volume.add(v);
        if (!volume.isFull() || volume.nonZeroCount() == 0) {
            return Double.NaN;
        }
        return priceVolume.sum() / volume.sum();
    }

    private double session(double time, double typical, double v) {
        double day = Math.floor(time / DAY_MILLIS);
        if (day != sessionDay) {
            sessionDay = day;
            sessionPriceVolume = 0;
            sessionVolume = 0;
        }
        sessionPriceVolume += typical * v;
        sessionVolume += v;
        return sessionVolume > 0 ? sessionPriceVolume / sessionVolume : Double.NaN;
    }
}
