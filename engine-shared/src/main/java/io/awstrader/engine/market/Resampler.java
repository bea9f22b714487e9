package io.awstrader.engine.market;

/**
 * Builds coarser candles from finer ones (1h → 4h, 1h → 1d), in buckets aligned to UTC by {@link RunInterval#floor}.
 *
 * <p>A bucket's open is its first candle's open, its close the last candle's close, its high and low the extremes
 * and its volume the sum. Buckets are built only from the candles present:
 * <ul>
 *   <li>a bucket with missing source candles <b>inside</b> the series is kept: the source has a gap there, and an
 *       exchange's own coarse candle is built from the same trades;</li>
 *   <li>a <b>trailing</b> bucket that does not reach its last source candle is dropped: it has not closed yet, and
 *       a bot must only see closed candles;</li>
 *   <li>a <b>leading</b> bucket that does not start at its first source candle is dropped too: the source was cut
 *       there, so its open, high, low and volume would differ from what the exchange reports;</li>
 *   <li>a bucket with no source candle at all does not exist (the result has a gap, like the source).</li>
 * </ul>
 * Without gaps near the ends, resampling in steps (1h → 4h → 1d) gives the same candles as at once (1h → 1d); with
 * them it can drop one more edge bucket, because the dropped intermediate bucket moves the series' ends.
 */
public final class Resampler {

    private Resampler() {
    }

    /**
     * The candles of {@code source} regrouped into {@code target} candles.
     *
     * @throws IllegalArgumentException when the target is finer than the source or not a multiple of it, or a source
     *     candle does not start on the source interval's UTC grid
     */
    public static CandleSeries resample(CandleSeries source, RunInterval target) {
        if (source == null || target == null) {
            throw new IllegalArgumentException("resampling needs a source series and a target interval");
        }
        RunInterval from = source.interval();
        if (target.minutes() < from.minutes() || !target.isMultipleOf(from)) {
            throw new IllegalArgumentException("cannot resample " + from + " candles to " + target
                    + ": the target must be a multiple of the source interval, e.g. 1h to 4h or 1d");
        }
        int n = source.size();
        CandleSeries out = new CandleSeries(source.pair(), target, n / (target.minutes() / from.minutes()) + 1);
        double width = target.millis();
        double lastSlot = width - from.millis();
        int i = 0;
        while (i < n) {
            double start = target.floor(source.time(i));
            double open = source.open(i);
            double high = source.high(i);
            double low = source.low(i);
            double volume = 0;
            int j = i;
            for (; j < n && source.time(j) < start + width; j++) {
                checkAligned(source, j, from);
                high = Math.max(high, source.high(j));
                low = Math.min(low, source.low(j));
                volume += source.volume(j);
            }
            boolean cutAtStart = i == 0 && source.time(i) != start;
            boolean notClosed = j == n && source.time(j - 1) != start + lastSlot;
            if (!cutAtStart && !notClosed) {
                out.add(start, open, high, low, source.close(j - 1), volume);
            }
            i = j;
        }
        return out;
    }

    private static void checkAligned(CandleSeries source, int index, RunInterval interval) {
        double time = source.time(index);
        if (interval.floor(time) != time) {
            throw new IllegalArgumentException(source.pair() + " candle " + index + " at " + time
                    + " ms does not start on the " + interval + " UTC grid; cannot resample misaligned candles");
        }
    }
}
