package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/**
 * Wilder's relative strength index, 0..100: gains and losses of the value, each smoothed with Wilder's average
 * (alpha = 1/period) seeded with the mean of the first {@code period} changes, so the first value is at index
 * {@code period}.
 *
 * <p>A zero average loss gives 100, as in TradingView and the original platform (also when nothing moved).
 * A NaN input gives NaN and restarts the warm-up.
 */
public final class RsiIndicator extends SeriesIndicator {
    private final SeededAverage gains;
    private final SeededAverage losses;
    private double previous = Double.NaN;

    public RsiIndicator(Series source, int period) {
        super("RSI", source, "RSI(" + period + ")", "value");
        ParameterChecks.period("RSI", "period", period);
        gains = SeededAverage.wilder(period);
        losses = SeededAverage.wilder(period);
    }

    @Override
    void computeNext(int i) {
        double x = source.get(i);
        double change = x - previous;
        previous = x;
        // A NaN change (first value, or next to a NaN input) restarts both averages.
        double averageGain = gains.next(change > 0 ? change : Double.isNaN(change) ? Double.NaN : 0);
        double averageLoss = losses.next(change < 0 ? -change : Double.isNaN(change) ? Double.NaN : 0);
        if (Double.isNaN(averageGain) || Double.isNaN(averageLoss)) {
            emit(0, Double.NaN);
        } else if (averageLoss == 0) {
            emit(0, 100);
        } else {
            emit(0, 100 - 100 / (1 + averageGain / averageLoss));
        }
    }
}
