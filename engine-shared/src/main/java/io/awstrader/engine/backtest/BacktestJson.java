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
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.plot.PlotMark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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
     * {@code Json.write(write(result))}, the same bytes, written straight into one buffer: a result's equity curve and
     * plots run to hundreds of thousands of entries (a bot that charts 15 series has 470k marks over 31k candles), and
     * building them as a tree of JSON values first costs more time and memory than the backtest itself.
     */
    public static String text(BacktestResult result) {
        int size = 1024 + result.equity().size() * 32 + result.plots().size() * 96 + result.orders().size() * 256
                + result.logs().size() * 96;
        StringBuilder out = new StringBuilder(size);
        out.append("{\"config\":");
        Json.append(out, writeConfig(result.config()));
        out.append(",\"orders\":");
        appendArray(out, result.orders(), (o, order) -> Json.append(o, order.toJson()));
        out.append(",\"balances\":");
        Json.append(out, result.balances().toJson());
        out.append(",\"equity\":[");
        for (int i = 0; i < result.equity().size(); i++) {
            out.append(i == 0 ? "[" : ",[");
            Json.appendNumber(out, result.equity().time(i));
            out.append(',');
            Json.appendNumber(out, result.equity().equity(i));
            out.append(']');
        }
        out.append("],\"stats\":");
        Json.append(out, result.stats().toJson());
        out.append(",\"plots\":");
        appendArray(out, result.plots(), (o, mark) -> mark.appendJson(o));
        out.append(",\"logs\":");
        appendArray(out, result.logs(), (o, entry) -> Json.append(o, entry.toJson()));
        out.append(",\"droppedLogs\":");
        Json.appendNumber(out, result.droppedLogs());
        out.append(",\"state\":");
        Json.append(out, result.state());
        out.append(",\"errors\":");
        appendArray(out, result.errors(), (o, error) -> Json.append(o, error.toJson()));
        return out.append('}').toString();
    }

    /** {@code items} as a JSON array, each written by {@code write}. */
    private static <T> void appendArray(StringBuilder out, List<T> items, BiConsumer<StringBuilder, T> write) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write.accept(out, items.get(i));
        }
        out.append(']');
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
