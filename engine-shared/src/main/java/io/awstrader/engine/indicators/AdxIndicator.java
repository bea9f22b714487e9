package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Series;

/**
 * Average directional index with the directional indicators +DI and −DI (Wilder; TradingView's DMI).
 *
 * <p>From the second candle: +DM = up-move when it beats the down-move and is positive (−DM alike), and the true
 * range; each smoothed with Wilder's average over {@code diPeriod}, seeded with the mean of the first
 * {@code diPeriod} of them. ±DI = 100 × smoothed DM / smoothed TR (from index {@code diPeriod}; 0 when the
 * smoothed range is 0). DX = 100 × |+DI − −DI| / (+DI + −DI) (0 when both are 0); ADX = Wilder's average of DX
 * over {@code adxPeriod}, seeded the same way (from index {@code diPeriod + adxPeriod - 1}).
 */
public final class AdxIndicator extends CandleIndicator {
    private final SeededAverage trueRange;
    private final SeededAverage plusMove;
    private final SeededAverage minusMove;
    private final SeededAverage directionalIndex;

    public AdxIndicator(CandleSeries candles, int diPeriod, int adxPeriod) {
        super("ADX", candles, "ADX(" + diPeriod + "," + adxPeriod + ")", "adx", "plusDi", "minusDi");
        ParameterChecks.period("ADX", "DI period", diPeriod);
        ParameterChecks.period("ADX", "ADX smoothing period", adxPeriod);
        trueRange = SeededAverage.wilder(diPeriod);
        plusMove = SeededAverage.wilder(diPeriod);
        minusMove = SeededAverage.wilder(diPeriod);
        directionalIndex = SeededAverage.wilder(adxPeriod);
    }

    public Series adx() {
        return output(0);
    }

    public Series plusDi() {
        return output(1);
    }

    public Series minusDi() {
        return output(2);
    }

    @Override
    void computeNext(int i) {
        if (i == 0) {
            // No previous candle: no directional movement yet (TradingView starts the averages on candle 1).
            emit(0, Double.NaN);
            emit(1, Double.NaN);
            emit(2, Double.NaN);
            return;
        }
        double up = candles.high(i) - candles.high(i - 1);
        double down = candles.low(i - 1) - candles.low(i);
        double range = trueRange.next(AtrIndicator.trueRange(candles, i));
        double plus = plusMove.next(up > down && up > 0 ? up : 0);
        double minus = minusMove.next(down > up && down > 0 ? down : 0);
        double plusDi = range == 0 ? 0 : 100 * plus / range;
        double minusDi = range == 0 ? 0 : 100 * minus / range;
        double sum = plusDi + minusDi;
        double dx = sum == 0 ? 0 : 100 * Math.abs(plusDi - minusDi) / sum;
        // While the DIs warm up dx is NaN, which keeps the ADX average unseeded.
        emit(0, directionalIndex.next(dx));
        emit(1, plusDi);
        emit(2, minusDi);
    }
}
