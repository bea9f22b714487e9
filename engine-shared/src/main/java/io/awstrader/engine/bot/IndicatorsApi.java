package io.awstrader.engine.bot;

import io.awstrader.engine.indicators.Indicator;
import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.indicators.IndicatorView;
import io.awstrader.engine.indicators.SmaIndicator;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.PriceField;

import java.util.List;

/**
 * The {@code indicators} object of a bot run: every indicator of the engine's catalog over a candle window.
 *
 * <p>Over the run's own window, values come from the indicator computed once over the run's whole series (from
 * its first, warm-up candle), so they are the same whether a backtest computed them incrementally or a deployment
 * tick computed them over its stored candles; warm-up values are {@code NaN}.
 */
public final class IndicatorsApi {
    private static final List<String> VALUE = List.of("value");
    private final IndicatorCache cache;

    IndicatorsApi(IndicatorCache cache) {
        this.cache = cache;
    }

    /** Indicator {@code name} (a catalog name such as {@code rsi}) over {@code candles}; missing params take defaults. */
    public IndicatorView compute(String name, CandleWindow candles, double... params) {
        checkCandles(name, candles);
        IndicatorSpec spec = IndicatorSpec.of(name, params);
        Indicator indicator = cache.get(candles.series(), spec);
        return new IndicatorView(indicator, spec.definition().outputs(), candles.from(), candles.to());
    }

    /** Simple moving average of one candle field ({@code open, high, low, close, volume}), as the original offered. */
    public IndicatorView sma(CandleWindow candles, int period, String field) {
        checkCandles("sma", candles);
        PriceField priceField = field == null ? PriceField.CLOSE : PriceField.parse(field);
        if (priceField == PriceField.CLOSE) {
            return compute("sma", candles, period);
        }
        Indicator indicator = cache.get(candles.series(), "sma:" + period + "@" + priceField.code(),
                () -> new SmaIndicator(candles.series().field(priceField), period));
        return new IndicatorView(indicator, VALUE, candles.from(), candles.to());
    }

    /** Simple moving average of a plain array of numbers (not cached: the bot owns the array). */
    public IndicatorView smaArray(double[] values, int period) {
        if (values == null) {
            throw new IllegalArgumentException("smaArray needs an array of numbers");
        }
        SmaIndicator indicator = new SmaIndicator(DoubleSeries.of(values), period);
        indicator.update();
        return IndicatorView.of(indicator, VALUE);
    }

    private static void checkCandles(String name, CandleWindow candles) {
        if (candles == null) {
            throw new IllegalArgumentException("indicator " + name + " needs candles");
        }
    }
}
