package io.awstrader.engine.bot;

import io.awstrader.engine.indicators.Indicator;
import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.indicators.IndicatorView;

/**
 * The {@code indicators} object of a bot run: every indicator of the engine's catalog over a candle window.
 *
 * <p>Over the run's own window, values come from the indicator computed once over the run's whole series (from
 * its first, warm-up candle), so they are the same whether a backtest computed them incrementally or a deployment
 * tick computed them over its stored candles; warm-up values are {@code NaN}.
 */
public final class IndicatorsApi {
    private final IndicatorCache cache;

    IndicatorsApi(IndicatorCache cache) {
        this.cache = cache;
    }

    /** Indicator {@code name} (a catalog name such as {@code rsi}) over {@code candles}; missing params take defaults. */
    public IndicatorView compute(String name, CandleWindow candles, double... params) {
        if (candles == null) {
            throw new IllegalArgumentException("indicator " + name + " needs candles");
        }
        IndicatorSpec spec = IndicatorSpec.of(name, params);
        Indicator indicator = cache.get(candles.series(), spec);
        return new IndicatorView(indicator, spec.definition().outputs(), candles.from(), candles.to());
    }
}
