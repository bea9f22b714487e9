package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

import java.util.HashMap;
import java.util.Map;

/**
 * Indicators of a run, kept per candle series and parameters so each is computed once and then only updated for
 * new candles. Only the run's own series are cached; candles a bot builds itself are computed afresh.
 */
public final class IndicatorCache {
    /** Distinct indicators per series; more means a bot varies parameters every run, which would grow without end. */
    public static final int MAX_PER_SERIES = 200;

    // Keyed by identity: CandleSeries does not override equals.
    private final Map<CandleSeries, Map<String, Indicator>> bySeries = new HashMap<>();

    /** Marks {@code series} as one of the run's own, whose indicators are worth keeping. */
    public void register(CandleSeries series) {
        if (!bySeries.containsKey(series)) {
            bySeries.put(series, new HashMap<>());
        }
    }

    /** The indicator {@code spec} over {@code series}, updated to the series' last candle. */
    public Indicator get(CandleSeries series, IndicatorSpec spec) {
        return get(series, spec.key(), new SpecFactory(spec, series));
    }

    /** Like {@link #get(CandleSeries, IndicatorSpec)} for indicators built outside the catalog (e.g. SMA of highs). */
    public Indicator get(CandleSeries series, String key, Builder builder) {
        Map<String, Indicator> cached = bySeries.get(series);
        if (cached == null) {
            Indicator fresh = builder.build();
            fresh.update();
            return fresh;
        }
        Indicator indicator = cached.get(key);
        if (indicator == null) {
            if (cached.size() >= MAX_PER_SERIES) {
                throw new IllegalArgumentException("more than " + MAX_PER_SERIES + " different indicators on "
                        + series.pair() + " in one run; reuse parameters instead of varying them every candle");
            }
            indicator = builder.build();
            cached.put(key, indicator);
        }
        indicator.update();
        return indicator;
    }

    /** Builds an indicator the cache does not hold yet. */
    public interface Builder {
        Indicator build();
    }

    private static final class SpecFactory implements Builder {
        private final IndicatorSpec spec;
        private final CandleSeries series;

        SpecFactory(IndicatorSpec spec, CandleSeries series) {
            this.spec = spec;
            this.series = series;
        }

        @Override
        public Indicator build() {
            return spec.create(series);
        }
    }
}
