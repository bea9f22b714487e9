package io.awstrader.engine.indicators;

import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Series;

/**
 * Output columns and the incremental update loop shared by the engine's indicators.
 *
 * <p>{@link #update()} first brings owned sub-indicators up to date, then computes candle by candle from the
 * first candle without outputs: the state evolves per candle, so any split of the updates gives the same values.
 */
abstract class BaseIndicator implements Indicator {
    private final String name;
    private final String[] outputNames;
    private final DoubleSeries[] columns;

    BaseIndicator(String name, String... outputNames) {
        this.name = name;
        this.outputNames = outputNames.clone();
        columns = new DoubleSeries[outputNames.length];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = new DoubleSeries();
        }
    }

    @Override
    public final String[] outputNames() {
        return outputNames.clone();
    }

    @Override
    public final void update() {
        updateInputs();
        int target = inputSize();
        for (int i = size(); i < target; i++) {
            computeNext(i);
        }
    }

    @Override
    public final int size() {
        return columns[0].size();
    }

    @Override
    public final Series output(int k) {
        if (k < 0 || k >= columns.length) {
            throw new IndexOutOfBoundsException(name + " has " + columns.length + " output(s) "
                    + String.join(", ", outputNames) + "; no output " + k);
        }
        return columns[k];
    }

    @Override
    public String toString() {
        return name;
    }

    /** Updates owned sub-indicators; composites override it. */
    void updateInputs() {
    }

    /** How many candles the input has now. */
    abstract int inputSize();

    /** Computes candle {@code i} (the first one without outputs) and appends one value to every column. */
    abstract void computeNext(int i);

    /** Appends {@code value} to output column {@code k}. */
    final void emit(int k, double value) {
        columns[k].add(value);
    }
}
