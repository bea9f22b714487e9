package io.awstrader.engine.indicators;

/**
 * An exponential average seeded with the simple mean of its first {@code period} values, fed one value at a time.
 *
 * <p>This is how the original platform and TradingView start EMA ({@code alpha = 2/(n+1)}) and Wilder's RMA
 * ({@code alpha = 1/n}): NaN for the first {@code period - 1} values, the mean at the {@code period}-th, then
 * {@code avg += alpha * (x - avg)}. A NaN value (another indicator still warming up) gives NaN and restarts the
 * seeding, so an average over a series with leading NaNs starts where the values start.
 */
final class SeededAverage {
    private final int period;
    private final double alpha;
    private int count;
    private double seedSum;
    private double average = Double.NaN;

    private SeededAverage(int period, double alpha) {
        this.period = period;
        this.alpha = alpha;
    }

    /** EMA smoothing, alpha = 2/(period+1). */
    static SeededAverage exponential(int period) {
        return new SeededAverage(period, 2.0 / (period + 1));
    }

    /** Wilder's smoothing (RMA, SMMA), alpha = 1/period. */
    static SeededAverage wilder(int period) {
        return new SeededAverage(period, 1.0 / period);
    }

    /** Feeds the next value and returns the average, or NaN during the warm-up. */
    double next(double x) {
        if (Double.isNaN(x)) {
            count = 0;
            seedSum = 0;
            average = Double.NaN;
            return Double.NaN;
        }
        if (count >= period) {
            average += alpha * (x - average);
            return average;
        }
        seedSum += x;
        count++;
        if (count == period) {
            average = seedSum / period;
        }
        return average;
    }
}
