package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/**
 * Bollinger bands: middle = SMA(period), upper/lower = middle ± multiplier × standard deviation of the window.
 *
 * <p>The deviation is the population one (divided by {@code period}), as in TradingView, ta4j and the original
 * platform. NaN until {@code period} consecutive values exist; a NaN input restarts the window.
 */
public final class BollingerBandsIndicator extends BandIndicator {
    private final Series source;
    private final int period;
    private final double multiplier;
    private final SmaIndicator middle;
    // Its own sliding Welford, not RollingWindow's shifted one: that differs in the last bits of the bands.
    private int run;
    private double mean;
    private double squaredDeviations;

    public BollingerBandsIndicator(Series source, int period, double multiplier) {
        super("Bollinger(" + period + "," + multiplier + ")");
        this.source = ParameterChecks.input("Bollinger", source);
        this.period = ParameterChecks.period("Bollinger", "period", period);
        this.multiplier = ParameterChecks.positive("Bollinger", "multiplier", multiplier);
        middle = new SmaIndicator(source, period);
    }

    @Override
    void updateInputs() {
        middle.update();
    }

    @Override
    int inputSize() {
        return source.size();
    }

    @Override
    void computeNext(int i) {
        double x = source.get(i);
        if (Double.isNaN(x)) {
            run = 0;
            mean = 0;
            squaredDeviations = 0;
            emitBands(Double.NaN, Double.NaN);
            return;
        }
        run++;
        if (run <= period) {
            // Welford's update while the window fills.
            double delta = x - mean;
            mean += delta / run;
            squaredDeviations += delta * (x - mean);
        } else if (run % period == 0) {
            resync(i);
        } else {
            // Sliding Welford: x enters, the value `period` back leaves; stable where sum-of-squares is not.
            double leaving = source.get(i - period);
            double oldMean = mean;
            mean += (x - leaving) / period;
            squaredDeviations += (x - leaving) * (x - mean + leaving - oldMean);
        }
        if (run < period) {
            emitBands(Double.NaN, Double.NaN);
        } else {
            emitBands(middle.value().get(i), multiplier * Math.sqrt(Math.max(squaredDeviations, 0) / period));
        }
    }

    /** Recomputes mean and squared deviations exactly once per period, so the sliding update cannot drift. */
    private void resync(int i) {
        double sum = 0;
        for (int j = i - period + 1; j <= i; j++) {
            sum += source.get(j);
        }
        mean = sum / period;
        squaredDeviations = 0;
        for (int j = i - period + 1; j <= i; j++) {
            double d = source.get(j) - mean;
            squaredDeviations += d * d;
        }
    }
}
