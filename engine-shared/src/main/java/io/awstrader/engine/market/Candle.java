package io.awstrader.engine.market;

import io.awstrader.engine.json.NumberText;

/** One candle: open time (epoch ms) and OHLCV. Series store candles column-wise; this is the row view. */
public record Candle(double time, double open, double high, double low, double close, double volume) {

    /** Why this candle is not a valid candle, or {@code null} when it is. */
    public String problem() {
        return problem(time, open, high, low, close, volume);
    }

    /** {@link #problem()} of the candle these numbers make, without making one (a series validates every candle). */
    public static String problem(double t, double o, double h, double l, double c, double v) {
        if (!isFinite(t) || t < 0) {
            return "time must be a non-negative epoch time, got " + NumberText.format(t);
        }
        if (!isPositive(o) || !isPositive(h) || !isPositive(l) || !isPositive(c)) {
            return "prices must be positive numbers, got " + ohlc(o, h, l, c);
        }
        if (!isFinite(v) || v < 0) {
            return "volume must be a non-negative number, got " + NumberText.format(v);
        }
        if (h < Math.max(o, c) || l > Math.min(o, c) || l > h) {
            return "high/low do not enclose open/close: " + ohlc(o, h, l, c);
        }
        return null;
    }

    private static String ohlc(double o, double h, double l, double c) {
        return "open=" + NumberText.format(o) + " high=" + NumberText.format(h) + " low=" + NumberText.format(l)
                + " close=" + NumberText.format(c);
    }

    private static boolean isFinite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static boolean isPositive(double v) {
        return isFinite(v) && v > 0;
    }
}
