package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/**
 * Simple moving average: the mean of the last {@code period} values.
 *
 * <p>NaN until {@code period} consecutive values exist; a NaN input (another indicator's warm-up) gives NaN and
 * restarts the window.
 */
public final class SmaIndicator extends SeriesIndicator {
    private final int period;
    private final RollingSum window = new RollingSum();
    private int run;

    public SmaIndicator(Series source, int period) {
        super("SMA", source, "SMA(" + period + ")", "value");
        this.period = ParameterChecks.period("SMA", "period", period);
    }

    @Override
    void computeNext(int i) {
        double x = source.get(i);
        if (Double.isNaN(x)) {
            run = 0;
            window.reset();
            emit(0, Double.NaN);
            return;
        }
        window.add(x);
        run++;
        if (run > period) {
            window.remove(source.get(i - period));
        }
        emit(0, run >= period ? window.value() / period : Double.NaN);
    }
}
