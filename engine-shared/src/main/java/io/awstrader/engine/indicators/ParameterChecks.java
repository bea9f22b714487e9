package io.awstrader.engine.indicators;

import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Series;

/**
 * Parameter validation for the indicators, their building blocks and the catalog: one message format per kind of
 * bad value, {@code <indicator> <parameter> must be ..., got <value>}.
 */
final class ParameterChecks {

    private ParameterChecks() {
    }

    /** The input of an indicator over a series (closes, another indicator's output). */
    static Series input(String indicator, Series input) {
        if (input == null) {
            throw new IllegalArgumentException(indicator + " needs an input series, got null");
        }
        return input;
    }

    /** The input of an indicator over candles. */
    static CandleSeries candles(String indicator, CandleSeries candles) {
        if (candles == null) {
            throw new IllegalArgumentException(indicator + " needs a candle series, got null");
        }
        return candles;
    }

    /** A window length: a whole number of candles, at least 1. */
    static int period(String indicator, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(indicator + " " + name + " must be at least 1, got " + value);
        }
        return value;
    }

    /** A multiplier or factor: finite and above 0. */
    static double positive(String indicator, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(indicator + " " + name + " must be a positive number, got " + NumberText.format(value));
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

    /**
     * A catalog parameter that counts candles, converted to {@code int}; whether it is in range (at least 1, say)
     * is the indicator's own check.
     */
    static int wholeNumber(String indicator, String name, double value) {
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(indicator + " " + name + " must be a whole number of candles, got "
                    + IndicatorSpec.formatNumber(value));
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(indicator + " " + name + " is too large: "
                    + IndicatorSpec.formatNumber(value));
        }
        return (int) value;
    }
}
