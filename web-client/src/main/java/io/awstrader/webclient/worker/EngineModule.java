package io.awstrader.webclient.worker;

import io.awstrader.engine.indicators.Indicator;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.teavm.jso.JSExport;

/**
 * The engine's entry point in JavaScript: TeaVM compiles this class and everything it reaches into
 * {@code engine.js}, an ES module. The backtest worker will be driven through these exports.
 */
public final class EngineModule {

    private EngineModule() {
    }

    public static void main(String[] args) {
        // Nothing to start: the module is driven through its exports.
    }

    /** Milliseconds in a run interval such as {@code "1h"}; throws for an unknown code. */
    @JSExport
    public static double intervalMillis(String code) {
        return RunInterval.parse(code).millis();
    }

    /** How many output columns indicator {@code spec} (e.g. {@code "macd:12,26,9"}) has. */
    @JSExport
    public static int indicatorOutputs(String spec) {
        return IndicatorSpec.parse(spec).definition().outputs().size();
    }

    /**
     * Indicator {@code spec} over candles given column-wise; returns the outputs one after the other (output 0 for
     * every candle, then output 1, ...), NaN during warm-up.
     */
    @JSExport
    public static double[] indicator(String spec, String pair, String interval, double[] time, double[] open,
                                     double[] high, double[] low, double[] close, double[] volume) {
        CandleSeries candles = new CandleSeries(Pair.parse(pair), RunInterval.parse(interval), time.length);
        for (int i = 0; i < time.length; i++) {
            candles.add(time[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        Indicator indicator = IndicatorSpec.parse(spec).create(candles);
        indicator.update();
        int outputs = indicator.outputNames().length;
        double[] out = new double[outputs * candles.size()];
        for (int k = 0; k < outputs; k++) {
            for (int i = 0; i < candles.size(); i++) {
                out[k * candles.size() + i] = indicator.output(k).get(i);
            }
        }
        return out;
    }
}
