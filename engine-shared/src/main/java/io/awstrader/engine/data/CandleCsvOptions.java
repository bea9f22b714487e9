package io.awstrader.engine.data;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

/**
 * How to read a candle CSV: the pair and interval when the file does not tell them, which volume column to use,
 * and whether any problem fails the import. Immutable; each {@code with...} returns a new instance.
 */
public final class CandleCsvOptions {
    private static final CandleCsvOptions DEFAULTS = new CandleCsvOptions(null, null, null, false);

    private final Pair pair;
    private final RunInterval interval;
    private final String volumeColumn;
    private final boolean strict;

    private CandleCsvOptions(Pair pair, RunInterval interval, String volumeColumn, boolean strict) {
        this.pair = pair;
        this.interval = interval;
        this.volumeColumn = volumeColumn;
        this.strict = strict;
    }

    /** Pair from the {@code symbol} column, interval inferred, volume column by name, lenient. */
    public static CandleCsvOptions defaults() {
        return DEFAULTS;
    }

    /** The pair of the candles; required when the file has no {@code symbol} column, checked against it otherwise. */
    public CandleCsvOptions withPair(Pair newPair) {
        if (newPair == null) {
            throw new IllegalArgumentException("pair is null; leave it out to read it from the symbol column");
        }
        return new CandleCsvOptions(newPair, interval, volumeColumn, strict);
    }

    public CandleCsvOptions withPair(String newPair) {
        return withPair(Pair.parse(newPair));
    }

    /** The candle interval; without it the most common time step is used, and it must be a run interval. */
    public CandleCsvOptions withInterval(RunInterval newInterval) {
        if (newInterval == null) {
            throw new IllegalArgumentException("interval is null; leave it out to infer it from the time steps");
        }
        return new CandleCsvOptions(pair, newInterval, volumeColumn, strict);
    }

    public CandleCsvOptions withInterval(String code) {
        return withInterval(RunInterval.parse(code));
    }

    /** The header of the volume column, for files whose volume columns are not named after the base asset. */
    public CandleCsvOptions withVolumeColumn(String header) {
        if (header == null || header.trim().isEmpty()) {
            throw new IllegalArgumentException("volume column name is empty");
        }
        return new CandleCsvOptions(pair, interval, header, strict);
    }

    /** Fail with an exception on any problem; gaps and exact duplicates still pass. */
    public CandleCsvOptions strict() {
        return new CandleCsvOptions(pair, interval, volumeColumn, true);
    }

    /** The given pair, or null to read it from the file. */
    public Pair pair() {
        return pair;
    }

    /** The given interval, or null to infer it. */
    public RunInterval interval() {
        return interval;
    }

    /** The given volume column header, or null to pick it by name. */
    public String volumeColumn() {
        return volumeColumn;
    }

    public boolean isStrict() {
        return strict;
    }
}
