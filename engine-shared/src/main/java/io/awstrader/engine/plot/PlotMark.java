package io.awstrader.engine.plot;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.TextPieces;

import java.util.Objects;

/**
 * One value a bot plotted: a point of a line series or a marker, on {@code chart} ({@code "candles"} is the pair's
 * candle chart; any other name is a panel below it), at a candle's time.
 */
public record PlotMark(Kind kind, String pair, String chart, String name, double time, double value) {

    /** The default chart: the pair's candle chart. */
    public static final String CANDLES = "candles";

    /** A line series joins its values; points are drawn as markers. */
    public enum Kind {
        SERIES("series"),
        POINT("point");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The mark {@link #toJson()} wrote. */
    public static PlotMark fromJson(JsonObject json) {
        String code = json.get("kind").asString();
        Kind kind = Kind.SERIES.code.equals(code) ? Kind.SERIES : Kind.POINT;
        if (kind == Kind.POINT && !Kind.POINT.code.equals(code)) {
            throw new IllegalArgumentException("unknown plot kind '" + code + "'");
        }
        return new PlotMark(kind, json.get("pair").asString(), json.get("chart").asString(),
                json.get("name").asString(), json.get("time").asDouble(),
                json.get("value").isNull() ? Double.NaN : json.get("value").asDouble());
    }

    /**
     * {@link #toJson()}'s text up to the time: the same for every mark of one series ({@link #sameSeries}), so a
     * writer of many marks quotes it once per series and gives it to {@link #addJson}.
     */
    public String jsonPrefix() {
        StringBuilder out = new StringBuilder(64);
        out.append("{\"kind\":");
        Json.appendQuoted(out, kind.code());
        out.append(",\"pair\":");
        quotedOrNull(out, pair);
        out.append(",\"chart\":");
        quotedOrNull(out, chart);
        out.append(",\"name\":");
        quotedOrNull(out, name);
        return out.toString();
    }

    /** Adds {@link #toJson()}'s text to {@code out}, given the {@link #jsonPrefix()} of this mark's series. */
    public void addJson(TextPieces out, String prefix) {
        out.add(prefix).add(",\"time\":").addNumber(time).add(",\"value\":").addNumber(value).add("}");
    }

    private static void quotedOrNull(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
        } else {
            Json.appendQuoted(out, text);
        }
    }

    /** Whether this mark belongs to the same series as {@code other}: the same kind, pair, chart and name. */
    public boolean sameSeries(PlotMark other) {
        return kind == other.kind && Objects.equals(name, other.name) && Objects.equals(pair, other.pair)
                && Objects.equals(chart, other.chart);
    }

    public JsonObject toJson() {
        return JsonObject.builder().put("kind", kind.code()).put("pair", pair).put("chart", chart).put("name", name)
                .put("time", time).put("value", value).build();
    }
}
