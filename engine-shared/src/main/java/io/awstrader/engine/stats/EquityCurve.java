package io.awstrader.engine.stats;

import java.util.Arrays;

/**
 * A run's portfolio candle by candle: the candle time (epoch ms), the total value in the quote asset
 * ({@code equity}) and the part of it held in other assets ({@code heldValue}, for exposure). Immutable.
 */
public final class EquityCurve {
    private final double[] times;
    private final double[] equity;
    private final double[] heldValue;

    /**
     * Copies the three columns, which must have one entry per candle (at least one): times finite and strictly
     * increasing, equity finite and positive, held value finite and not negative.
     */
    public EquityCurve(double[] times, double[] equity, double[] heldValue) {
        if (times == null || equity == null || heldValue == null) {
            throw new IllegalArgumentException("equity curve needs times, equity and held values");
        }
        if (times.length == 0) {
            throw new IllegalArgumentException("equity curve is empty: it needs at least one candle");
        }
        if (equity.length != times.length || heldValue.length != times.length) {
            throw new IllegalArgumentException("equity curve columns differ in length: " + times.length
                    + " times, " + equity.length + " equity values, " + heldValue.length + " held values");
        }
        for (int i = 0; i < times.length; i++) {
            if (!isFinite(times[i]) || (i > 0 && !(times[i] > times[i - 1]))) {
                throw new IllegalArgumentException("equity curve times must be finite and strictly increasing; "
                        + "candle " + i + " has time " + times[i]);
            }
            if (!isFinite(equity[i]) || !(equity[i] > 0)) {
                throw new IllegalArgumentException("equity must be a positive number; candle " + i + " has "
                        + equity[i]);
            }
            if (!isFinite(heldValue[i]) || heldValue[i] < 0) {
                throw new IllegalArgumentException("held value must be a non-negative number; candle " + i + " has "
                        + heldValue[i]);
            }
        }
        this.times = times.clone();
        this.equity = equity.clone();
        this.heldValue = heldValue.clone();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return times.length;
    }

    public double time(int index) {
        return times[index];
    }

    public double equity(int index) {
        return equity[index];
    }

    public double heldValue(int index) {
        return heldValue[index];
    }

    public double initialValue() {
        return equity[0];
    }

    public double finalValue() {
        return equity[equity.length - 1];
    }

    private static boolean isFinite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    /** Collects the curve one candle at a time, as a backtest loop produces it. */
    public static final class Builder {
        private double[] times = new double[64];
        private double[] equity = new double[64];
        private double[] heldValue = new double[64];
        private int size;

        private Builder() {
        }

        public Builder add(double time, double equityValue, double held) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                equity = Arrays.copyOf(equity, size * 2);
                heldValue = Arrays.copyOf(heldValue, size * 2);
            }
            times[size] = time;
            equity[size] = equityValue;
            heldValue[size] = held;
            size++;
            return this;
        }

        /** The curve so far; validates it. */
        public EquityCurve build() {
            return new EquityCurve(Arrays.copyOf(times, size), Arrays.copyOf(equity, size),
                    Arrays.copyOf(heldValue, size));
        }
    }
}
