package io.awstrader.engine.indicators;

/**
 * Least-squares line through the last {@code length} values (x = 0 for the oldest, length - 1 for the newest),
 * read at the newest point: TradingView's {@code ta.linreg(source, length, 0)}.
 *
 * <p>Keeps the sums of y and x*y; sliding the window shifts every x down by one, so
 * {@code Sxy' = Sxy - (Sy - yOldest) + (length - 1) * yNew}: O(1) per value, re-summed exactly every
 * {@code length} slides so rounding never accumulates.
 */
final class RollingLinearRegression {
    private final double[] values;
    private final double sumX;
    private final double denominator;
    private int count;
    private int next;
    private double sumY;
    private double sumXY;
    private int slidesSinceExact;

    RollingLinearRegression(int length) {
        values = new double[ParameterChecks.period("regression", "length", length)];
        double n = length;
        sumX = n * (n - 1) / 2;
        double sumXX = (n - 1) * n * (2 * n - 1) / 6;
        denominator = n * sumXX - sumX * sumX;
    }

    boolean isFull() {
        return count >= values.length;
    }

    void add(double y) {
        int length = values.length;
        if (count < length) {
            sumY += y;
            sumXY += count * y;
            count++;
        } else {
            double oldest = values[next];
            // Written left to right on purpose: TeaVM drops the parentheses of a + (b - c), so only left-nested
            // sums give the same bits on the JVM and in JavaScript.
            sumXY = sumXY - (sumY - oldest) + (length - 1) * y;
            sumY = sumY + y - oldest;
            slidesSinceExact++;
        }
        values[next] = y;
        next = next + 1 == length ? 0 : next + 1;
        if (slidesSinceExact >= length) {
            recomputeExactly();
        }
    }

    /** The fitted value at the newest point; {@code NaN} until the window is full. */
    double value() {
        if (!isFull()) {
            return Double.NaN;
        }
        int length = values.length;
        if (length == 1) {
            return sumY;
        }
        double slope = (length * sumXY - sumX * sumY) / denominator;
        double intercept = (sumY - slope * sumX) / length;
        return intercept + slope * (length - 1);
    }

    private void recomputeExactly() {
        int length = values.length;
        double y = 0;
        double xy = 0;
        for (int x = 0; x < length; x++) {
            int slot = next + x;
            double value = values[slot >= length ? slot - length : slot];
            y += value;
            xy += x * value;
        }
        sumY = y;
        sumXY = xy;
        slidesSinceExact = 0;
    }
}
