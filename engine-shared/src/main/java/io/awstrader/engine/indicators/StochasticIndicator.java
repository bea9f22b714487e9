package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Series;

/**
 * Stochastic oscillator: where the close sits in the high-low range of the last {@code kPeriod} candles, 0..100.
 *
 * <p>Raw %K = 100 * (close - lowest low) / (highest high - lowest low); output {@code k} is the SMA of raw %K over
 * {@code kSmoothing} candles (1 = the fast stochastic, as ta4j's StochasticOscillatorKIndicator; TradingView's
 * "Stochastic" defaults are 14, 1, 3) and output {@code d} is the SMA of {@code k} over {@code dPeriod}.
 * A window whose highest high equals its lowest low (no price movement) gives raw %K = 50, the middle of the
 * range, rather than dividing by zero. Warm-up: {@code k} from candle kPeriod + kSmoothing - 2,
 * {@code d} from candle kPeriod + kSmoothing + dPeriod - 3.
 */
public final class StochasticIndicator extends CandleIndicator {
    private static final String NAME = "stochastic";

    private final RollingExtremes extremes;
    private final RollingWindow kWindow;
    private final RollingWindow dWindow;

    public StochasticIndicator(CandleSeries candles, int kPeriod, int kSmoothing, int dPeriod) {
        super(NAME, candles, NAME + "(" + kPeriod + "," + kSmoothing + "," + dPeriod + ")", "k", "d");
        extremes = new RollingExtremes(ParameterChecks.period(NAME, "kPeriod", kPeriod));
        kWindow = new RollingWindow(ParameterChecks.period(NAME, "kSmoothing", kSmoothing));
        dWindow = new RollingWindow(ParameterChecks.period(NAME, "dPeriod", dPeriod));
    }

    @Override
    void computeNext(int i) {
        extremes.add(candles.high(i), candles.low(i));
        double kValue = Double.NaN;
        double dValue = Double.NaN;
        if (extremes.isFull()) {
            kWindow.add(rawK(candles.close(i), extremes.highest(), extremes.lowest()));
            if (kWindow.isFull()) {
                kValue = kWindow.mean();
                dWindow.add(kValue);
                dValue = dWindow.mean();
            }
        }
        emit(0, kValue);
        emit(1, dValue);
    }

    private static double rawK(double close, double highest, double lowest) {
        double range = highest - lowest;
        return range == 0 ? 50 : (close - lowest) / range * 100;
    }

    /** Output {@code k}: %K, smoothed over kSmoothing candles. */
    public Series k() {
        return output(0);
    }

    /** Output {@code d}: the SMA of %K over dPeriod candles. */
    public Series d() {
        return output(1);
    }
}
