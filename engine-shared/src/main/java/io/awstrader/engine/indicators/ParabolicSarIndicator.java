package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * Parabolic SAR (Wilder): a trailing stop that accelerates toward price, following ta4j's ParabolicSarIndicator
 * step for step so the two agree on every candle.
 *
 * <ul>
 * <li>Candle 0: {@code NaN} (no trend yet).</li>
 * <li>Candle 1: up trend if close[1] > close[0]; SAR = low[0] (up) or high[0] (down), extreme point = high[0]
 *     (up) or low[0] (down), acceleration = start.</li>
 * <li>Later: SAR += acceleration * (extreme - SAR). If the candle crosses the SAR (low below it in an up trend,
 *     high at or above it in a down trend) the trend flips, SAR jumps to the old extreme point, the extreme
 *     becomes this candle's low/high and acceleration restarts at start. Otherwise a new extreme raises
 *     acceleration by increment, capped at max. Finally the SAR is kept outside the previous two candles'
 *     range (at most their lowest low in an up trend, at least their highest high in a down trend).</li>
 * </ul>
 */
public final class ParabolicSarIndicator extends CandleIndicator {
    private static final String NAME = "psar";

    private final double start;
    private final double increment;
    private final double max;
    private boolean upTrend;
    private double extreme;
    private double acceleration;
    private double sar;

    public ParabolicSarIndicator(CandleSeries candles, double start, double increment, double max) {
        super(NAME, candles, NAME + "(" + start + "," + increment + "," + max + ")", "value");
        this.start = ParameterChecks.positive(NAME, "start", start);
        this.increment = ParameterChecks.nonNegative(NAME, "increment", increment);
        this.max = ParameterChecks.positive(NAME, "max", max);
        if (max < start) {
            throw new IllegalArgumentException(NAME + " max acceleration (" + max + ") must not be below the start"
                    + " acceleration (" + start + ")");
        }
    }

    @Override
    void computeNext(int i) {
        emit(0, next(i));
    }

    private double next(int i) {
        if (i == 0) {
            return Double.NaN;
        }
        if (i == 1) {
            upTrend = candles.close(0) < candles.close(1);
            acceleration = start;
            sar = upTrend ? candles.low(0) : candles.high(0);
            extreme = upTrend ? candles.high(0) : candles.low(0);
            return sar;
        }
        double high = candles.high(i);
        double low = candles.low(i);
        double s = sar + acceleration * (extreme - sar);
        if (upTrend) {
            if (low < s) {
                s = extreme;
                extreme = low;
                acceleration = start;
                upTrend = false;
            } else if (high > extreme) {
                extreme = high;
                acceleration = Math.min(acceleration + increment, max);
            }
        } else {
            if (high >= s) {
                s = extreme;
                extreme = high;
                acceleration = start;
                upTrend = true;
            } else if (low < extreme) {
                extreme = low;
                acceleration = Math.min(acceleration + increment, max);
            }
        }
        if (upTrend) {
            s = Math.min(s, Math.min(candles.low(i - 1), candles.low(i - 2)));
        } else {
            s = Math.max(s, Math.max(candles.high(i - 1), candles.high(i - 2)));
        }
        sar = s;
        return s;
    }
}
