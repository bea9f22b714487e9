package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;

import java.util.List;

/** What the catalog knows of one indicator: its name, parameters with defaults, outputs and how to build it. */
public record IndicatorDefinition(String name, String description, List<Parameter> parameters, List<String> outputs,
                                  Factory factory) {

    /** One numeric parameter, e.g. {@code period} with default 14. */
    public record Parameter(String name, double defaultValue, String description) {
    }

    /** Builds the indicator over a candle series from parameter values (in the order of {@link #parameters()}). */
    public interface Factory {
        Indicator create(CandleSeries candles, double[] params);
    }

    public static Parameter param(String name, double defaultValue, String description) {
        return new Parameter(name, defaultValue, description);
    }
}
