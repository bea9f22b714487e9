package io.awstrader.engine.indicators;

/**
 * Highest high and lowest low of the last {@code length} candles, in O(1) amortised per candle.
 *
 * <p>Two monotonic deques of candle positions: the front of each is the current extreme, and a candle leaves
 * a deque when a later candle beats it (it can never be the extreme again) or when it falls out of the window.
 */
final class RollingExtremes {
    private final int length;
    private final Deque highs;
    private final Deque lows;
    private int count;

    RollingExtremes(int length) {
        this.length = ParameterChecks.period("window", "length", length);
        highs = new Deque(length);
        lows = new Deque(length);
    }

    /** True once {@code length} candles have been added. */
    boolean isFull() {
        return count >= length;
    }

    void add(double high, double low) {
        int position = count++;
        int oldest = position - length + 1;
        highs.dropBefore(oldest);
        lows.dropBefore(oldest);
        while (!highs.isEmpty() && highs.backValue() <= high) {
            highs.popBack();
        }
        highs.pushBack(position, high);
        while (!lows.isEmpty() && lows.backValue() >= low) {
            lows.popBack();
        }
        lows.pushBack(position, low);
    }

    /** Highest high of the window (of the candles so far while filling); {@code NaN} before any candle. */
    double highest() {
        return highs.isEmpty() ? Double.NaN : highs.frontValue();
    }

    /** Lowest low of the window (of the candles so far while filling); {@code NaN} before any candle. */
    double lowest() {
        return lows.isEmpty() ? Double.NaN : lows.frontValue();
    }

    /** A ring buffer of (position, value) pairs used as a double-ended queue. */
    private static final class Deque {
        private final int[] positions;
        private final double[] values;
        private int front;
        private int size;

        Deque(int capacity) {
            positions = new int[capacity];
            values = new double[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        double frontValue() {
            return values[front];
        }

        double backValue() {
            return values[wrap(front + size - 1)];
        }

        void popBack() {
            size--;
        }

        void pushBack(int position, double value) {
            int slot = wrap(front + size);
            positions[slot] = position;
            values[slot] = value;
            size++;
        }

        void dropBefore(int oldestPosition) {
            while (size > 0 && positions[front] < oldestPosition) {
                front = wrap(front + 1);
                size--;
            }
        }

        private int wrap(int slot) {
            return slot >= positions.length ? slot - positions.length : slot;
        }
    }
}
