package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/**
 * Weighted moving average: weights 1..period from the oldest to the newest value of the window.
 *
 * <p>NaN until {@code period} consecutive values exist; a NaN input gives NaN and restarts the window.
 */
public final class WmaIndicator extends SeriesIndicator {
    private final int period;
    private final double weightSum;
    private int run;
    private double numerator;
    private double total;

    public WmaIndicator(Series source, int period) {
        super("WMA", source, "WMA(" + period + ")", "value");
        this.period = ParameterChecks.period("WMA", "period", period);
        weightSum = period * (period + 1.0) / 2.0;
    }

    @Override
    void computeNext(int i) {
        double x = source.get(i);
        if (Double.isNaN(x)) {
            run = 0;
            numerator = 0;
            total = 0;
            emit(0, Double.NaN);
            return;
        }
        run++;
        if (run <= period) {
            total += x;
            numerator += run * x;
        } else if (run % period == 0) {
            resync(i);
        } else {
            // Every weight drops by one (the oldest to zero) and the new value enters with weight `period`.
            // Left-nested so TeaVM's JS evaluates the same order as the JVM (see RollingSum).
            numerator = period * x - total + numerator;
            total = x - source.get(i - period) + total;
        }
        emit(0, run >= period ? numerator / weightSum : Double.NaN);
    }

    /** Recomputes the window exactly once per period, so rounding in the running update cannot drift. */
    private void resync(int i) {
        numerator = 0;
        total = 0;
        for (int w = 1; w <= period; w++) {
            double v = source.get(i - period + w);
            numerator += w * v;
            total += v;
        }
    }
}
