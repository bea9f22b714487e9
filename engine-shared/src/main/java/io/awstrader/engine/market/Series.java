package io.awstrader.engine.market;

/** A column of numbers indexed by candle: a price column of a candle series or an indicator output. */
public interface Series {

    /** How many candles have a value so far. */
    int size();

    /** The value at candle {@code index}; {@code NaN} while an indicator is still warming up. */
    double get(int index);
}
