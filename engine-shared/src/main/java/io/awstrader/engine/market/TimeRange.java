package io.awstrader.engine.market;

/** A half-open span of time {@code [from, to)} in epoch milliseconds. */
public record TimeRange(long from, long to) {
    public TimeRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("time range needs 0 <= from < to, got [" + from + ", " + to + ")");
        }
    }

    public boolean contains(long time) {
        return time >= from && time < to;
    }
}
