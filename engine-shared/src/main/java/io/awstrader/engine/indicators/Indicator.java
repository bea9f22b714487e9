package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/**
 * A technical indicator over one input (a candle series or another series), with one or more output columns.
 *
 * <p>Outputs are {@code NaN} until the indicator has seen enough candles (its warm-up), never a made-up 0.
 * {@link #update()} computes every candle the input has gained since the last call, so a whole series costs
 * O(n) and a backtest that appends one candle at a time costs O(1) per candle.
 */
public interface Indicator {

    /** Names of the output columns, e.g. {@code value} or {@code line, signal, histogram}. */
    String[] outputNames();

    /** Computes the outputs for every input candle not yet computed. */
    void update();

    /** How many candles have outputs (after {@link #update()}: the input's size). */
    int size();

    /** Output column {@code k}, in the order of {@link #outputNames()}. */
    Series output(int k);

    /** The first output column: the whole answer for single-output indicators. */
    default Series value() {
        return output(0);
    }
}
