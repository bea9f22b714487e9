package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/**
 * Moving average convergence/divergence: line = EMA(fast) − EMA(slow), signal = EMA(signal period) of the line,
 * histogram = line − signal.
 *
 * <p>The line starts at index {@code slow - 1}; the signal, seeded like every EMA with the SMA of its first values,
 * starts {@code signal - 1} candles later.
 */
public final class MacdIndicator extends SeriesIndicator {
    private final EmaIndicator fast;
    private final EmaIndicator slow;
    private final EmaIndicator signal;

    public MacdIndicator(Series source, int fastPeriod, int slowPeriod, int signalPeriod) {
        super("MACD", source, "MACD(" + fastPeriod + "," + slowPeriod + "," + signalPeriod + ")",
                "line", "signal", "histogram");
        ParameterChecks.period("MACD", "fast period", fastPeriod);
        ParameterChecks.period("MACD", "slow period", slowPeriod);
        ParameterChecks.period("MACD", "signal period", signalPeriod);
        if (fastPeriod >= slowPeriod) {
            throw new IllegalArgumentException("MACD fast period (" + fastPeriod
                    + ") must be shorter than the slow period (" + slowPeriod + ")");
        }
        fast = new EmaIndicator(source, fastPeriod);
        slow = new EmaIndicator(source, slowPeriod);
        signal = new EmaIndicator(output(0), signalPeriod);
    }

    public Series line() {
        return output(0);
    }

    public Series signal() {
        return output(1);
    }

    public Series histogram() {
        return output(2);
    }

    @Override
    void updateInputs() {
        fast.update();
        slow.update();
    }

    @Override
    void computeNext(int i) {
        double line = fast.value().get(i) - slow.value().get(i);
        emit(0, line);
        signal.update(); // computes exactly candle i of the signal, over the line just emitted
        double signalValue = signal.value().get(i);
        emit(1, signalValue);
        emit(2, line - signalValue);
    }
}
