package io.awstrader.engine.indicators;

import java.util.List;

/**
 * Indicator outputs over a range of candles {@code [from, to)} without copying: what a bot gets back when it asks
 * for an indicator over its candle window.
 */
public final class IndicatorView {
    private final Indicator indicator;
    private final List<String> outputs;
    private final int from;
    private final int to;

    public IndicatorView(Indicator indicator, List<String> outputs, int from, int to) {
        if (from < 0 || to > indicator.size() || from > to) {
            throw new IllegalArgumentException("view " + from + ".." + to + " outside indicator of " + indicator.size());
        }
        this.indicator = indicator;
        this.outputs = outputs;
        this.from = from;
        this.to = to;
    }

    /** Over all computed candles of {@code indicator}. */
    public static IndicatorView of(Indicator indicator, List<String> outputs) {
        return new IndicatorView(indicator, outputs, 0, indicator.size());
    }

    public int length() {
        return to - from;
    }

    public List<String> outputs() {
        return outputs;
    }

    /** Output {@code output} at candle {@code i} of the view; {@code NaN} during warm-up. */
    public double get(int output, int i) {
        if (i < 0 || i >= to - from) {
            throw new IndexOutOfBoundsException("index " + i + " outside indicator values of length " + (to - from));
        }
        return indicator.output(output).get(from + i);
    }

    /** Output {@code output} as a new array. */
    public double[] values(int output) {
        double[] out = new double[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = indicator.output(output).get(from + i);
        }
        return out;
    }

    /** The newest value of output {@code output}. */
    public double last(int output) {
        return get(output, to - from - 1);
    }
}
