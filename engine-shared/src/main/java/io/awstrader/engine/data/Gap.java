package io.awstrader.engine.data;

/**
 * Candles missing from an imported series: {@code from} is the open time of the first missing candle, {@code to}
 * the open time of the candle after the gap (exclusive), both epoch ms; {@code lineBefore} and {@code lineAfter}
 * are the 1-based CSV lines of the candles on either side.
 */
public record Gap(double from, double to, int missingCandles, int lineBefore, int lineAfter) {

    public Gap {
        if (!(to > from) || missingCandles < 1) {
            throw new IllegalArgumentException("a gap needs from < to and at least one missing candle, got from="
                    + from + " to=" + to + " missing=" + missingCandles);
        }
    }

    @Override
    public String toString() {
        return missingCandles + " missing from " + UtcTime.format(from) + " (lines " + lineBefore + "-" + lineAfter
                + ")";
    }
}
