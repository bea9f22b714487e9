package io.awstrader.engine.market;

import java.util.Arrays;

/** A growable column of doubles backed by a primitive array: the storage of indicator outputs. */
public final class DoubleSeries implements Series {
    private double[] values;
    private int size;

    public DoubleSeries() {
        this(64);
    }

    public DoubleSeries(int initialCapacity) {
        values = new double[Math.max(initialCapacity, 4)];
    }

    public static DoubleSeries of(double... values) {
        DoubleSeries series = new DoubleSeries(values.length);
        for (double value : values) {
            series.add(value);
        }
        return series;
    }

    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " outside series of size " + size);
        }
        return values[index];
    }

    /** A copy of the values, exactly {@link #size()} long. */
    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
