package io.awstrader.engine.market;

import java.util.Arrays;

/**
 * The candles of one pair at one interval, oldest first, stored column-wise in primitive arrays.
 *
 * <p>Append-only: backtests and deployments grow a series one closed candle at a time, and indicators
 * read it by index. Every appended candle is validated and times must strictly increase.
 */
public final class CandleSeries {
    private final Pair pair;
    private final RunInterval interval;
    private double[] time;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    public CandleSeries(Pair pair, RunInterval interval) {
        this(pair, interval, 256);
    }

    public CandleSeries(Pair pair, RunInterval interval, int initialCapacity) {
        if (pair == null || interval == null) {
            throw new IllegalArgumentException("a candle series needs a pair and an interval");
        }
        this.pair = pair;
        this.interval = interval;
        int capacity = Math.max(initialCapacity, 4);
        time = new double[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    public Pair pair() {
        return pair;
    }

    public RunInterval interval() {
        return interval;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Appends a candle after validating it; its time must be later than the last candle's. */
    public void add(double t, double o, double h, double l, double c, double v) {
        String problem = Candle.problem(t, o, h, l, c, v);
        if (problem != null) {
            throw new IllegalArgumentException(pair + " candle " + size + ": " + problem);
        }
        if (size > 0 && t <= time[size - 1]) {
            throw new IllegalArgumentException(pair + " candle " + size + ": time " + t
                    + " is not after the previous candle's time " + time[size - 1]);
        }
        if (size == time.length) {
            grow();
        }
        time[size] = t;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }

    public void add(Candle candle) {
        add(candle.time(), candle.open(), candle.high(), candle.low(), candle.close(), candle.volume());
    }

    public double time(int i) {
        check(i);
        return time[i];
    }

    public double open(int i) {
        check(i);
        return open[i];
    }

    public double high(int i) {
        check(i);
        return high[i];
    }

    public double low(int i) {
        check(i);
        return low[i];
    }

    public double close(int i) {
        check(i);
        return close[i];
    }

    public double volume(int i) {
        check(i);
        return volume[i];
    }

    public Candle candle(int i) {
        check(i);
        return new Candle(time[i], open[i], high[i], low[i], close[i], volume[i]);
    }

    public double firstTime() {
        return time(0);
    }

    public double lastTime() {
        return time(size - 1);
    }

    /** Index of the candle whose open time is exactly {@code t}, or -1. Binary search: times are sorted. */
    public int indexOf(double t) {
        int i = Arrays.binarySearch(time, 0, size, t);
        return i >= 0 ? i : -1;
    }

    /** Index of the last candle with open time at or before {@code t}, or -1 when all are later. */
    public int lastIndexAtOrBefore(double t) {
        int i = Arrays.binarySearch(time, 0, size, t);
        return i >= 0 ? i : -i - 2;
    }

    /** A live view of one column: it grows as candles are appended. */
    public Series field(PriceField field) {
        return new FieldView(field);
    }

    public Series closes() {
        return field(PriceField.CLOSE);
    }

    /** A new series holding candles {@code from} (inclusive) to {@code to} (exclusive). */
    public CandleSeries slice(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " outside series of size " + size);
        }
        // These candles passed add()'s checks already: copy the columns as they are.
        CandleSeries out = new CandleSeries(pair, interval, to - from);
        System.arraycopy(time, from, out.time, 0, to - from);
        System.arraycopy(open, from, out.open, 0, to - from);
        System.arraycopy(high, from, out.high, 0, to - from);
        System.arraycopy(low, from, out.low, 0, to - from);
        System.arraycopy(close, from, out.close, 0, to - from);
        System.arraycopy(volume, from, out.volume, 0, to - from);
        out.size = to - from;
        return out;
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("candle " + i + " outside " + pair + " series of size " + size);
        }
    }

    private void grow() {
        int capacity = time.length * 2;
        time = Arrays.copyOf(time, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }

    private double[] column(PriceField field) {
        switch (field) {
            case OPEN: return open;
            case HIGH: return high;
            case LOW: return low;
            case CLOSE: return close;
            default: return volume;
        }
    }

    /** Reads through to the current column array, which {@link #grow()} may replace. */
    private final class FieldView implements Series {
        private final PriceField field;

        FieldView(PriceField field) {
            this.field = field;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public double get(int index) {
            check(index);
            return column(field)[index];
        }
    }
}
