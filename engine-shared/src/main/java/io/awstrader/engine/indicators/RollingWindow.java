package io.awstrader.engine.indicators;

/**
 * The last {@code length} values of a stream with their sum, mean, population variance and mean absolute
 * deviation: the building block of simple averages and deviations over a sliding window.
 *
 * <p>Sum and squared deviations slide in O(1) per value (Welford's update for a value leaving and one arriving).
 * They are kept for the values minus a shift near the window's mean, so rounding scales with how far values
 * stray from it rather than with the price level, and every {@code length} slides they are recomputed exactly
 * from the buffer: O(1) amortised, with an error that never grows with the length of the series.
 */
final class RollingWindow {
    // Not merged with RollingSum: the compensated sum differs in the last bits (stochastic/VWAP/CCI would move).
    private final double[] values;
    private int count;
    private int next;
    private double shift;
    /** Sum of (value - shift) over the window. */
    private double shiftedSum;
    /** Sum of squared deviations from the mean (Welford's M2). */
    private double squares;
    private int nonZero;
    private int slidesSinceExact;

    RollingWindow(int length) {
        values = new double[ParameterChecks.period("window", "length", length)];
    }

    int length() {
        return values.length;
    }

    /** True once {@link #length()} values have been added. */
    boolean isFull() {
        return count >= values.length;
    }

    void add(double value) {
        int length = values.length;
        if (count == 0) {
            shift = value;
        }
        double y = value - shift;
        if (count < length) {
            double meanBefore = count == 0 ? 0 : shiftedSum / count;
            shiftedSum += y;
            count++;
            squares += (y - meanBefore) * (y - shiftedSum / count);
        } else {
            double old = values[next];
            double oldY = old - shift;
            double meanBefore = shiftedSum / length;
            shiftedSum = shiftedSum + y - oldY; // left-nested: TeaVM drops the parentheses of a + (b - c)
            double meanAfter = shiftedSum / length;
            squares += (y - oldY) * (y - meanAfter + oldY - meanBefore);
            if (old != 0) {
                nonZero--;
            }
            slidesSinceExact++;
        }
        if (value != 0) {
            nonZero++;
        }
        values[next] = value;
        next = next + 1 == length ? 0 : next + 1;
        if (slidesSinceExact >= length) {
            recomputeExactly();
        }
    }

    /** Sum of the values in the window (of those added so far while filling). */
    double sum() {
        return shift * Math.min(count, values.length) + shiftedSum;
    }

    /** Mean of the full window; {@code NaN} until it is full. */
    double mean() {
        return isFull() ? shift + shiftedSum / values.length : Double.NaN;
    }

    /** Population variance (divides by the length, like TradingView's {@code ta.stdev}); {@code NaN} until full. */
    double populationVariance() {
        if (!isFull()) {
            return Double.NaN;
        }
        return Math.max(0, squares / values.length);
    }

    double populationStdDev() {
        return Math.sqrt(populationVariance());
    }

    /** Mean of |value - mean| over the full window; O(length) because the centre moves with every value. */
    double meanAbsoluteDeviation() {
        if (!isFull()) {
            return Double.NaN;
        }
        double mean = mean();
        double total = 0;
        for (double value : values) {
            total += Math.abs(value - mean);
        }
        return total / values.length;
    }

    /** How many values in the window are not zero, exactly (sums of zeros may drift from 0 by rounding). */
    int nonZeroCount() {
        return nonZero;
    }

    /** Value {@code k} of the window, 0 the oldest. */
    double get(int k) {
        if (k < 0 || k >= Math.min(count, values.length)) {
            throw new IndexOutOfBoundsException("window position " + k + " outside " + Math.min(count, values.length));
        }
        int start = isFull() ? next : 0;
        int index = start + k;
        return values[index >= values.length ? index - values.length : index];
    }

    private void recomputeExactly() {
        int length = values.length;
        double total = 0;
        for (int k = 0; k < length; k++) {
            total += get(k);
        }
        shift = total / length;
        double sum = 0;
        double sumSquares = 0;
        for (double value : values) {
            double y = value - shift;
            sum += y;
            sumSquares += y * y;
        }
        shiftedSum = sum;
        squares = sumSquares - sum * sum / length;
        slidesSinceExact = 0;
    }
}
