package io.awstrader.webclient.worker;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.teavm.jso.JSExport;

/** The engine's entry point in JavaScript: TeaVM compiles this class and what it reaches into {@code engine.js}. */
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

    /** The mean close of {@code closes} read through a {@link CandleSeries}, which exercises validation in JS. */
    @JSExport
    public static double meanClose(double[] closes) {
        CandleSeries series = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (int i = 0; i < closes.length; i++) {
            series.add(i * RunInterval.H1.millis(), closes[i], closes[i], closes[i], closes[i], 0);
        }
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.close(i);
        }
        return sum / series.size();
    }
}
