package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/**
 * Exponential moving average, alpha = 2/(period+1), seeded with the SMA of the first {@code period} values
 * (the original platform's and TradingView's start), so the first value is at index {@code period - 1}.
 *
 * <p>A NaN input gives NaN and restarts the seeding: an EMA over another indicator starts where its values start.
 */
public final class EmaIndicator extends SeriesIndicator {
    private final SeededAverage average;

    public EmaIndicator(Series source, int period) {
        super("EMA", source, "EMA(" + period + ")", "value");
        average = SeededAverage.exponential(ParameterChecks.period("EMA", "period", period));
    }

    @Override
    void computeNext(int i) {
        emit(0, average.next(source.get(i)));
    }
}
