package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Series;

/**
 * Keltner channels: middle = EMA(close, maPeriod), upper/lower = middle ± multiplier × ATR(atrPeriod).
 *
 * <p>TradingView's defaults are 20, 10 and 2 (EMA basis, ATR bands); the original platform used multiplier 1.
 */
public final class KeltnerChannelIndicator extends BaseIndicator {
    private final CandleSeries candles;
    private final double multiplier;
    private final EmaIndicator middle;
    private final AtrIndicator atr;

    public KeltnerChannelIndicator(CandleSeries candles, int maPeriod, int atrPeriod, double multiplier) {
        super("Keltner(" + maPeriod + "," + atrPeriod + "," + multiplier + ")", "middle", "upper", "lower");
        this.candles = checkInput("Keltner", candles);
        checkPeriod("Keltner", "MA period", maPeriod);
        checkPeriod("Keltner", "ATR period", atrPeriod);
        this.multiplier = checkMultiplier("Keltner", "multiplier", multiplier);
        middle = new EmaIndicator(candles.closes(), maPeriod);
        atr = new AtrIndicator(candles, atrPeriod);
    }

    public Series middle() {
        return output(0);
    }

    public Series upper() {
        return output(1);
    }

    public Series lower() {
        return output(2);
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
        double mid = middle.value().get(i);
        double band = multiplier * atr.value().get(i);
        emit(0, mid);
        emit(1, mid + band);
        emit(2, mid - band);
    }
}
