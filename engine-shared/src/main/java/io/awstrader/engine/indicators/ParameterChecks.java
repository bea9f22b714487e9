package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/** Parameter validation shared by the indicators: one clear message format for every bad value. */
final class ParameterChecks {

    private ParameterChecks() {
    }

    static CandleSeries candles(String indicator, CandleSeries candles) {
        if (candles == null) {
            throw new IllegalArgumentException(indicator + " needs a candle series, got null");
        }
        return candles;
    }

    /** A window length: a whole number of candles, at least 1. */
    static int period(String indicator, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(indicator + " " + name + " must be at least 1 candle, got " + value);
        }
        return value;
    }

    static double positive(String indicator, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(indicator + " " + name + " must be a positive number, got " + value);
        }
        return value;
    }

    static double nonNegative(String indicator, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(indicator + " " + name + " must be zero or a positive number, got "
                    + value);
        }
        return value;
    }

    /** A catalog parameter that must be a whole number (a period), converted to {@code int}. */
    static int wholeNumber(String indicator, String name, double value) {
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(indicator + " " + name + " must be a whole number, got " + value);
        }
        return (int) value;
    }
}
