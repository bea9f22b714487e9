package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

/**
 * Keltner channels: middle = EMA(close, maPeriod), upper/lower = middle ± multiplier × ATR(atrPeriod).
 *
 * <p>TradingView's defaults are 20, 10 and 2 (EMA basis, ATR bands); the original platform used multiplier 1.
 */
public final class KeltnerChannelIndicator extends BandIndicator {
    private final CandleSeries candles;
    private final double multiplier;
    private final EmaIndicator middle;
    private final AtrIndicator atr;

    public KeltnerChannelIndicator(CandleSeries candles, int maPeriod, int atrPeriod, double multiplier) {
        super("Keltner(" + maPeriod + "," + atrPeriod + "," + multiplier + ")");
        this.candles = ParameterChecks.candles("Keltner", candles);
        ParameterChecks.period("Keltner", "MA period", maPeriod);
        ParameterChecks.period("Keltner", "ATR period", atrPeriod);
        this.multiplier = ParameterChecks.positive("Keltner", "multiplier", multiplier);
        middle = new EmaIndicator(candles.closes(), maPeriod);
        atr = new AtrIndicator(candles, atrPeriod);
    }

    @Override
    void updateInputs() {
        middle.update();
        atr.update();
    }

    @Override
    int inputSize() {
        return candles.size();
    }

    @Override
    void computeNext(int i) {
        emitBands(middle.value().get(i), multiplier * atr.value().get(i));
    }
}
