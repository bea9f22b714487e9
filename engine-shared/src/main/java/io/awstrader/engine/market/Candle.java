package io.awstrader.engine.market;

import io.awstrader.engine.json.NumberText;

/** One candle: open time (epoch ms) and OHLCV. Series store candles column-wise; this is the row view. */
public record Candle(double time, double open, double high, double low, double close, double volume) {

    /** {@link #problem()} of the candle these numbers make, without making one when they are valid (most are). */
    public static String problem(double t, double o, double h, double l, double c, double v) {
        boolean valid = isFinite(t) && t >= 0 && isPositive(o) && isPositive(h) && isPositive(l) && isPositive(c)
                && isFinite(v) && v >= 0 && h >= Math.max(o, c) && l <= Math.min(o, c) && l <= h;
        return valid ? null : new Candle(t, o, h, l, c, v).problem();
    }

    /** Why this candle is not a valid candle, or {@code null} when it is. */
    public String problem() {
        if (!isFinite(time) || time < 0) {
            return "time must be a non-negative epoch time, got " + NumberText.format(time);
        }
        if (!isPositive(open) || !isPositive(high) || !isPositive(low) || !isPositive(close)) {
            return "prices must be positive numbers, got " + ohlc();
        }
        if (!isFinite(volume) || volume < 0) {
            return "volume must be a non-negative number, got " + NumberText.format(volume);
        }
        if (high < Math.max(open, close) || low > Math.min(open, close) || low > high) {
            return "high/low do not enclose open/close: " + ohlc();
        }
        return null;
    }

    private String ohlc() {
        return "open=" + NumberText.format(open) + " high=" + NumberText.format(high) + " low="
                + NumberText.format(low) + " close=" + NumberText.format(close);
    }

    private static boolean isFinite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static boolean isPositive(double v) {
        return isFinite(v) && v > 0;
    }
}
