package io.awstrader.engine.plot;

import io.awstrader.engine.json.JsonObject;

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

    public JsonObject toJson() {
        return JsonObject.builder().put("kind", kind.code()).put("pair", pair).put("chart", chart).put("name", name)
                .put("time", time).put("value", value).build();
    }
}
