package io.awstrader.cli;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;

import java.util.Map;

/**
 * The JSON a JavaScript runtime (node-backtest.mjs, the Chromium worker) takes for one backtest: {@code {"settings":
 * {...}, "botJs": "...", "candles": {pair: {interval, time, open, high, low, close, volume}}}}. Numbers are written in
 * their shortest round-trip form, so JavaScript reads back exactly the doubles the command line loaded.
 */
final class BacktestRequest {

    private BacktestRequest() {
    }

    static String json(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles) {
        int size = 0;
        for (CandleSeries series : candles.values()) {
            size += series.size();
        }
        StringBuilder out = new StringBuilder(botJs.length() + 1024 + size * 64);
        out.append("{\"settings\":").append(Json.write(settings)).append(",\"botJs\":").append(Json.quote(botJs))
                .append(",\"candles\":{");
        boolean first = true;
        for (Map.Entry<Pair, CandleSeries> entry : candles.entrySet()) {
            CandleSeries series = entry.getValue();
            out.append(first ? "" : ",").append(Json.quote(entry.getKey().toString())).append(":{\"interval\":")
                    .append(Json.quote(series.interval().code()));
            column(out, "time", series, 0);
            column(out, "open", series, 1);
            column(out, "high", series, 2);
            column(out, "low", series, 3);
            column(out, "close", series, 4);
            column(out, "volume", series, 5);
            out.append('}');
            first = false;
        }
        return out.append("}}").toString();
    }

    private static void column(StringBuilder out, String name, CandleSeries series, int field) {
        out.append(",\"").append(name).append("\":[");
        for (int i = 0; i < series.size(); i++) {
            double value = switch (field) {
                case 0 -> series.time(i);
                case 1 -> series.open(i);
                case 2 -> series.high(i);
                case 3 -> series.low(i);
                case 4 -> series.close(i);
                default -> series.volume(i);
            };
            out.append(i == 0 ? "" : ",").append(NumberText.format(value));
        }
        out.append(']');
    }
}
