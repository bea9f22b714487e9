package io.awstrader.engine.indicators;

import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.CandleSeries;

/** An indicator with its parameters chosen, as written on the command line: {@code rsi:14}, {@code macd:12,26,9}. */
public record IndicatorSpec(IndicatorDefinition definition, double[] params) {

    /** Parses {@code name[:p1,p2,...]}; missing trailing parameters take their defaults. */
    public static IndicatorSpec parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("indicator is empty; expected name[:params] such as rsi:14");
        }
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
        IndicatorDefinition definition = IndicatorCatalog.find(name);
        int expected = definition.parameters().size();
        double[] params = new double[expected];
        for (int i = 0; i < expected; i++) {
            params[i] = definition.parameters().get(i).defaultValue();
        }
        if (colon >= 0) {
            String[] parts = trimmed.substring(colon + 1).split(",", -1);
            if (parts.length > expected) {
                throw new IllegalArgumentException("indicator " + name + " takes " + expected + " parameter(s) ("
                        + parameterNames(definition) + "), got " + parts.length + " in '" + text + "'");
            }
            for (int i = 0; i < parts.length; i++) {
                params[i] = parseNumber(parts[i].trim(), definition.parameters().get(i).name(), text);
            }
        }
        return new IndicatorSpec(definition, params);
    }

    /** The indicator {@code name} with {@code given} leading parameters; the rest take their defaults. */
    public static IndicatorSpec of(String name, double... given) {
        IndicatorDefinition definition = IndicatorCatalog.find(name);
        int expected = definition.parameters().size();
        if (given.length > expected) {
            throw new IllegalArgumentException("indicator " + name + " takes " + expected + " parameter(s) ("
                    + parameterNames(definition) + "), got " + given.length);
        }
        double[] params = new double[expected];
        for (int i = 0; i < expected; i++) {
            params[i] = i < given.length ? given[i] : definition.parameters().get(i).defaultValue();
            if (Double.isNaN(params[i]) || Double.isInfinite(params[i])) {
                throw new IllegalArgumentException("parameter " + definition.parameters().get(i).name() + " of "
                        + name + " must be a number, got " + NumberText.format(params[i]));
            }
        }
        return new IndicatorSpec(definition, params);
    }

    /** A key that identifies this indicator and its parameters, e.g. {@code macd:12,26,9}. */
    public String key() {
        StringBuilder out = new StringBuilder(definition.name());
        for (int i = 0; i < params.length; i++) {
            out.append(i == 0 ? ':' : ',').append(formatNumber(params[i]));
        }
        return out.toString();
    }

    /** Builds the indicator over {@code candles}; the indicator validates its parameters. */
    public Indicator create(CandleSeries candles) {
        return definition.factory().create(candles, params.clone());
    }

    /** Column name of output {@code k}: {@code rsi_14} for a single output, {@code macd_12_26_9_signal} otherwise. */
    public String columnName(int k) {
        StringBuilder out = new StringBuilder(definition.name());
        for (double p : params) {
            out.append('_').append(formatNumber(p));
        }
        if (definition.outputs().size() > 1) {
            out.append('_').append(definition.outputs().get(k));
        }
        return out.toString();
    }

    /** As JavaScript prints numbers ({@code 14}, {@code 0.02}), the same in every runtime. */
    static String formatNumber(double value) {
        return NumberText.format(value);
    }

    private static double parseNumber(String part, String paramName, String text) {
        try {
            double value = NumberText.parse(part);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + paramName + " must be a number, got '" + part + "' in '"
                    + text + "'");
        }
    }

    private static String parameterNames(IndicatorDefinition definition) {
        StringBuilder out = new StringBuilder();
        for (IndicatorDefinition.Parameter p : definition.parameters()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(p.name());
        }
        return out.toString();
    }
}
