package io.awstrader.engine.backtest;

import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.BotError;
import io.awstrader.engine.bot.ConsoleEntry;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonString;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.json.TextPieces;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.plot.PlotMark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Backtest settings and results as JSON: the one format the command line, the browser worker and the server share,
 * written by the engine itself so the same run gives the same bytes in every runtime.
 *
 * <p>Settings: {@code {"pairs": ["BTC/USD"], "runInterval": "1h", "exchange": "bitfinex", "balances": {"USD":
 * 10000}, "fees": 0.002, "slippage": 0.0005, "from": null, "to": null, "warmup": 200, "seed": 1, "config": {}}}
 * (times in epoch ms; only pairs, runInterval and balances are required).
 */
public final class BacktestJson {
    private static final List<String> SETTINGS = List.of("pairs", "runInterval", "exchange", "exchangeType",
            "balances", "fees", "slippage", "from", "to", "warmup", "seed", "config");

    private BacktestJson() {
    }

    /** Reads settings, refusing unknown keys and wrong types with a message naming the field. */
    public static BacktestConfig readConfig(JsonObject json) {
        for (String key : json.keys()) {
            if (!SETTINGS.contains(key)) {
                throw new IllegalArgumentException("unknown backtest setting '" + key + "'; known: " + SETTINGS);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonValue pair : required(json, "pairs").asArray().items()) {
            pairs.add(Pair.parse(pair.asString()));
        }
        RunInterval interval = RunInterval.parse(required(json, "runInterval").asString());
        String exchange = text(json, "exchange", "bitfinex");
        String exchangeType = text(json, "exchangeType", "virtual");
        JsonObject extra = json.has("config") ? json.get("config").asObject() : JsonObject.empty();
        Map<String, Double> balances = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : required(json, "balances").asObject().members().entrySet()) {
            balances.put(e.getKey(), e.getValue().asDouble());
        }
        FillModel fills = new FillModel(number(json, "fees", 0), number(json, "slippage", 0));
        int warmup = (int) number(json, "warmup", BacktestConfig.DEFAULT_WARMUP);
        int seed = (int) number(json, "seed", 1);
        BotConfig bot = new BotConfig(pairs, interval, exchange, exchangeType, extra);
        return new BacktestConfig(bot, balances, fills, number(json, "from", Double.NaN),
                number(json, "to", Double.NaN), warmup, seed);
    }

    /** Writes settings in the form {@link #readConfig} reads. */
    public static JsonObject writeConfig(BacktestConfig config) {
        BotConfig bot = config.bot();
        List<JsonValue> pairs = new ArrayList<>();
        for (Pair pair : bot.pairs()) {
            pairs.add(new JsonString(pair.toString()));
        }
        JsonObject.Builder balances = JsonObject.builder();
        for (Map.Entry<String, Double> e : config.initialBalances().entrySet()) {
            balances.put(e.getKey(), e.getValue());
        }
        return JsonObject.builder().put("pairs", JsonArray.of(pairs)).put("runInterval", bot.runInterval().code())
                .put("exchange", bot.exchange()).put("exchangeType", bot.exchangeType())
                .put("balances", balances.build()).put("fees", config.fills().feeRate())
                .put("slippage", config.fills().slippageRate()).put("from", JsonValue.ofDefined(config.from()))
                .put("to", JsonValue.ofDefined(config.to())).put("warmup", config.warmup()).put("seed", config.seed())
                .put("config", bot.extra()).build();
    }

    /**
     * The whole result: {@code config}, {@code orders}, final {@code balances}, {@code equity} ({@code [time,
     * value]} per step), {@code stats}, {@code plots}, {@code logs}, {@code droppedLogs}, {@code state} and
     * {@code errors}.
     */
    public static JsonObject write(BacktestResult result) {
        List<JsonValue> orders = new ArrayList<>();
        for (Order order : result.orders()) {
            orders.add(order.toJson());
        }
        List<JsonValue> equity = new ArrayList<>();
        for (int i = 0; i < result.equity().size(); i++) {
            equity.add(JsonArray.ofNumbers(result.equity().time(i), result.equity().equity(i)));
        }
        List<JsonValue> plots = new ArrayList<>();
        for (PlotMark mark : result.plots()) {
            plots.add(mark.toJson());
        }
        List<JsonValue> logs = new ArrayList<>();
        for (ConsoleEntry entry : result.logs()) {
            logs.add(entry.toJson());
        }
        List<JsonValue> errors = new ArrayList<>();
        for (BotError error : result.errors()) {
            errors.add(error.toJson());
        }
        return JsonObject.builder().put("config", writeConfig(result.config())).put("orders", JsonArray.of(orders))
                .put("balances", result.balances().toJson()).put("equity", JsonArray.of(equity))
                .put("stats", result.stats().toJson()).put("plots", JsonArray.of(plots))
                .put("logs", JsonArray.of(logs)).put("droppedLogs", result.droppedLogs())
                .put("state", result.state()).put("errors", JsonArray.of(errors)).build();
    }

    /**
     * {@code Json.write(write(result))}, the same bytes, written piece by piece ({@link TextPieces}): a result's equity
     * curve and plots run to hundreds of thousands of entries (a bot that charts 15 series has 470k marks over 31k
     * candles), and building them as a tree of JSON values first costs more time and memory than the backtest itself.
     */
    public static String text(BacktestResult result) {
        int size = 1024 + result.equity().size() * 32 + result.plots().size() * 128 + result.orders().size() * 256
                + result.logs().size() * 96;
        TextPieces out = TextPieces.start(size);
        out.add("{\"config\":").add(Json.write(writeConfig(result.config())));
        out.add(",\"orders\":");
        addArray(out, result.orders(), Order::toJson);
        out.add(",\"balances\":").add(Json.write(result.balances().toJson()));
        out.add(",\"equity\":[");
        for (int i = 0; i < result.equity().size(); i++) {
            out.add(i == 0 ? "[" : ",[").addNumber(result.equity().time(i)).add(",")
                    .addNumber(result.equity().equity(i)).add("]");
        }
        out.add("],\"stats\":").add(Json.write(result.stats().toJson()));
        out.add(",\"plots\":");
        addPlots(out, result.plots());
        out.add(",\"logs\":");
        addArray(out, result.logs(), ConsoleEntry::toJson);
        out.add(",\"droppedLogs\":").addNumber(result.droppedLogs());
        out.add(",\"state\":").add(Json.write(result.state()));
        out.add(",\"errors\":");
        addArray(out, result.errors(), BotError::toJson);
        return out.add("}").text();
    }

    /** Series whose marks' common text {@link #addPlots} keeps; a bot that charts more is written right, only slower. */
    private static final int SERIES_KEPT = 64;

    /**
     * The plots as a JSON array. A bot charts a few series on every candle, so each series' common text (kind, pair,
     * chart and name, quoted) is written once and reused for its other marks: quoting four strings per mark took
     * most of the writer's time for a bot with 470k marks.
     */
    private static void addPlots(TextPieces out, List<PlotMark> plots) {
        PlotMark[] series = new PlotMark[SERIES_KEPT];
        String[] prefixes = new String[SERIES_KEPT];
        int kept = 0;
        int last = 0;
        out.add("[");
        for (int i = 0; i < plots.size(); i++) {
            if (i > 0) {
                out.add(",");
            }
            PlotMark mark = plots.get(i);
            // The series after the last one found is the likely next: bots plot their series in the same order.
            int found = -1;
            for (int k = 0; k < kept && found < 0; k++) {
                int at = (last + 1 + k) % kept;
                if (series[at].sameSeries(mark)) {
                    found = at;
                }
            }
            if (found < 0) {
                found = kept < SERIES_KEPT ? kept++ : (last + 1) % SERIES_KEPT;
                series[found] = mark;
                prefixes[found] = mark.jsonPrefix();
            }
            last = found;
            mark.addJson(out, prefixes[found]);
        }
        out.add("]");
    }

    /** {@code items} as a JSON array, each written as {@code toJson} makes it. */
    private static <T> void addArray(TextPieces out, List<T> items, Function<T, JsonValue> toJson) {
        out.add("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.add(",");
            }
            out.add(Json.write(toJson.apply(items.get(i))));
        }
        out.add("]");
    }

    private static JsonValue required(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("backtest setting '" + key + "' is required");
        }
        return value;
    }

    private static String text(JsonObject json, String key, String fallback) {
        JsonValue value = json.get(key);
        return value == null || value.isNull() ? fallback : value.asString();
    }

    private static double number(JsonObject json, String key, double fallback) {
        JsonValue value = json.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!(value instanceof JsonNumber n)) {
            throw new IllegalArgumentException("backtest setting '" + key + "' must be a number");
        }
        return n.value();
    }
}
