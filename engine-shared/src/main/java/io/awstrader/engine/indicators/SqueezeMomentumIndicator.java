package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Series;

/**
 * Squeeze momentum, as TradingView's "Squeeze Momentum Indicator [LazyBear]" (John Carter's TTM Squeeze).
 *
 * <p>Output {@code momentum}: {@code linreg(close - avg(avg(highest high, lowest low), SMA(close)), kcLength)}
 * with highest/lowest/SMA over kcLength candles, the regression read at the newest candle; {@code NaN} for the
 * first 2 * kcLength - 2 candles.
 *
 * <p>Output {@code squeeze}: Bollinger Bands (SMA(close, bbLength) +- bbMult * population std-dev) against
 * Keltner Channels (SMA(close, kcLength) +- kcMult * SMA(true range, kcLength)), encoded as
 * <b>+1 squeeze on</b> (Bollinger inside Keltner: lowerBB > lowerKC and upperBB < upperKC),
 * <b>-1 squeeze off</b> (Bollinger outside: lowerBB < lowerKC and upperBB > upperKC), <b>0 neither</b>.
 * True range needs the previous close, so (as Pine's {@code tr}) it starts at candle 1 and the state is
 * {@code NaN} for the first max(bbLength - 1, kcLength) candles. The true range is always used (LazyBear's
 * {@code useTrueRange = true}); the original LazyBear script multiplied the Bollinger deviation by the KC
 * factor, TradingView's v4 conversion (followed here) uses bbMult.
 */
public final class SqueezeMomentumIndicator extends CandleIndicator {
    private static final String NAME = "squeeze";

    /** Squeeze state: Bollinger Bands inside the Keltner Channel. */
    public static final double SQUEEZE_ON = 1;
    /** Squeeze state: Bollinger Bands outside the Keltner Channel. */
    public static final double SQUEEZE_OFF = -1;
    /** Squeeze state: neither inside nor outside (the bands cross). */
    public static final double NO_SQUEEZE = 0;

    private final double bbMult;
    private final double kcMult;
    private final RollingWindow bbCloses;
    private final RollingWindow kcCloses;
    private final RollingWindow trueRanges;
    private final RollingExtremes extremes;
    private final RollingLinearRegression regression;

    public SqueezeMomentumIndicator(CandleSeries candles, int bbLength, double bbMult, int kcLength, double kcMult) {
        super(NAME, candles, NAME + "(" + bbLength + "," + bbMult + "," + kcLength + "," + kcMult + ")",
                "momentum", "squeeze");
        this.bbMult = ParameterChecks.positive(NAME, "bbMult", bbMult);
        this.kcMult = ParameterChecks.positive(NAME, "kcMult", kcMult);
        bbCloses = new RollingWindow(ParameterChecks.period(NAME, "bbLength", bbLength));
        ParameterChecks.period(NAME, "kcLength", kcLength);
        kcCloses = new RollingWindow(kcLength);
        trueRanges = new RollingWindow(kcLength);
        extremes = new RollingExtremes(kcLength);
        regression = new RollingLinearRegression(kcLength);
    }

    @Override
    void computeNext(int i) {
        double high = candles.high(i);
        double low = candles.low(i);
        double close = candles.close(i);
        bbCloses.add(close);
        kcCloses.add(close);
        extremes.add(high, low);
        if (i > 0) {
            trueRanges.add(AtrIndicator.trueRange(candles, i));
        }
        emit(0, nextMomentum(close));
        emit(1, squeezeState());
    }

    private double nextMomentum(double close) {
        if (!extremes.isFull()) {
            return Double.NaN;
        }
        double midRange = (extremes.highest() + extremes.lowest()) / 2;
        regression.add(close - (midRange + kcCloses.mean()) / 2);
        return regression.value();
    }

    private double squeezeState() {
        if (!bbCloses.isFull() || !trueRanges.isFull()) {
            return Double.NaN;
        }
        double basis = bbCloses.mean();
        double deviation = bbMult * bbCloses.populationStdDev();
        double upperBb = basis + deviation;
        double lowerBb = basis - deviation;
        double middle = kcCloses.mean();
        double width = trueRanges.mean() * kcMult;
        double upperKc = middle + width;
        double lowerKc = middle - width;
        if (lowerBb > lowerKc && upperBb < upperKc) {
            return SQUEEZE_ON;
        }
        if (lowerBb < lowerKc && upperBb > upperKc) {
            return SQUEEZE_OFF;
        }
        return NO_SQUEEZE;
    }

    /** Output {@code momentum}. */
    public Series momentum() {
        return output(0);
    }

    /** Output {@code squeeze}: +1 on, -1 off, 0 neither, NaN during warm-up. */
    public Series squeeze() {
        return output(1);
    }
}
