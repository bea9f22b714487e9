package io.awstrader.engine.indicators;

import static io.awstrader.engine.indicators.IndicatorDefinition.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every indicator the engine offers, by name: the one list behind the CLI, the bot API and the typings. */
public final class IndicatorCatalog {
    private static final List<IndicatorDefinition> ALL = build();

    private IndicatorCatalog() {
    }

    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    public static IndicatorDefinition find(String name) {
        for (IndicatorDefinition definition : ALL) {
            if (definition.name().equals(name)) {
                return definition;
            }
        }
        StringBuilder names = new StringBuilder();
        for (IndicatorDefinition definition : ALL) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(definition.name());
        }
        throw new IllegalArgumentException("unknown indicator '" + name + "'; known: " + names);
    }

    private static List<IndicatorDefinition> build() {
        List<IndicatorDefinition> all = new ArrayList<>();
        addTrendAndMomentum(all);
        addVolumeAndOscillators(all);
        return Collections.unmodifiableList(all);
    }

    // ---- moving averages, RSI, MACD, Bollinger, ATR, ADX, Keltner -------------------------------------------------

    private static void addTrendAndMomentum(List<IndicatorDefinition> all) {
        // entries added here, e.g.
        // all.add(new IndicatorDefinition("sma", "simple moving average of close", List.of(param("period", 14, "...")),
        //         List.of("value"), (candles, p) -> new SmaIndicator(candles.closes(), (int) p[0])));
    }

    // ---- stochastic, OBV, A/D line, VWAP, CCI, Williams %R, parabolic SAR, squeeze momentum ------------------------

    private static void addVolumeAndOscillators(List<IndicatorDefinition> all) {
        // entries added here
    }

    static IndicatorDefinition.Parameter unusedParamReference() {
        return param("unused", 0, "keeps the static import used until entries exist");
    }
}
