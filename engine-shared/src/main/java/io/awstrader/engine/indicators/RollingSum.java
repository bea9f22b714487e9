package io.awstrader.engine.indicators;

/**
 * A running sum that values enter and leave, with Neumaier compensation.
 *
 * <p>Compensation keeps the sum exact to rounding even after a large value has left the window (a volume spike,
 * say), where a plain running sum would keep the spike's rounding error forever.
 */
final class RollingSum {
    // Not merged with RollingWindow: its shifted Welford sum differs in the last bits (SMA/VMA values would move).
    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        // Written left-nested on purpose: TeaVM 0.15 prints c + ((s - t) + x) as c + s - t + x, which JS
        // evaluates as ((c + s) - t) + x and so loses the very bits this class keeps. (e + c equals c + e exactly.)
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation = sum - t + x + compensation;
        } else {
            compensation = x - t + sum + compensation;
        }
        sum = t;
    }

    void remove(double x) {
        add(-x);
    }

    double value() {
        return sum + compensation;
    }

    void reset() {
        sum = 0;
        compensation = 0;
    }
}
