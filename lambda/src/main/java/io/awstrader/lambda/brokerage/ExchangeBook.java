package io.awstrader.lambda.brokerage;

import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a deployment knows of a real exchange account between ticks: every order it placed (by platform id, in
 * placement order, with the exchange's id and latest status), the balances the exchange last reported, the balances
 * of its first tick (the baseline of its stats) and the newest candle each pair has seen. The exchange stays the
 * truth: each tick refreshes the open orders and the balances from it.
 */
public final class ExchangeBook {
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final TreeMap<Pair, Double> lastCandleTimes = new TreeMap<>();
    private Portfolio balances = Portfolio.empty();
    private Map<String, Double> startBalances;
    private List<Order> ordersSnapshot;

    /** The book {@link #toJson()} wrote, or an empty one for {@code null} (a deployment's first tick). */
    public static ExchangeBook read(JsonObject json) {
        ExchangeBook book = new ExchangeBook();
        if (json == null) {
            return book;
        }
        if (!json.has("exchangeOrders")) {
            throw new IllegalArgumentException("the deployment's book is not a real exchange account's");
        }
        for (JsonValue value : json.get("exchangeOrders").asArray().items()) {
            book.put(Order.fromJson(value.asObject()));
        }
        for (JsonValue value : json.get("balances").asArray().items()) {
            JsonObject b = value.asObject();
            book.balances = book.balances.with(new Balance(b.get("asset").asString(), b.get("free").asDouble(),
                    b.get("total").asDouble()));
        }
        JsonValue start = json.get("startBalances");
        if (start != null && !start.isNull()) {
            Map<String, Double> totals = new TreeMap<>();
            start.asObject().members().forEach((asset, total) -> totals.put(asset, total.asDouble()));
            book.startBalances = totals;
        }
        for (Map.Entry<String, JsonValue> e : json.get("candles").asObject().members().entrySet()) {
            book.lastCandleTimes.put(Pair.parse(e.getKey()), e.getValue().asDouble());
        }
        return book;
    }

    /** The orders and last balances of a saved book, for reports: it answers, but never trades. */
    public static OrderGateway view(JsonObject json) {
        ExchangeBook book = read(json);
        return new OrderGateway() {
            @Override
            public Order place(Order pending, double now) {
                throw new IllegalStateException("a saved book does not trade");
            }

            @Override
            public Order cancel(String orderId, double now) {
                throw new IllegalStateException("a saved book does not trade");
            }

            @Override
            public List<Order> orders() {
                return book.orders();
            }

            @Override
            public Portfolio portfolio() {
                return book.balances();
            }
        };
    }

    public Order order(String id) {
        return orders.get(id);
    }

    /** Adds the order, or replaces the one with its id (keeping its place in the order). */
    public void put(Order order) {
        orders.put(order.id(), order);
        ordersSnapshot = null;
    }

    /** Every order in placement order (the same list until one changes). */
    public List<Order> orders() {
        if (ordersSnapshot == null) {
            ordersSnapshot = Collections.unmodifiableList(new ArrayList<>(orders.values()));
        }
        return ordersSnapshot;
    }

    public Portfolio balances() {
        return balances;
    }

    /** The exchange's balances now; the first ones a book gets are its deployment's starting point. */
    public void setBalances(Portfolio now) {
        balances = now;
        if (startBalances == null) {
            Map<String, Double> totals = new TreeMap<>();
            now.balances().forEach((asset, balance) -> totals.put(asset, balance.total()));
            startBalances = totals;
        }
    }

    /** The balances of the deployment's first tick, or null before it. */
    public Map<String, Double> startBalances() {
        return startBalances == null ? null : Collections.unmodifiableMap(startBalances);
    }

    public double lastCandleTime(Pair pair) {
        Double time = lastCandleTimes.get(pair);
        return time == null ? Double.NaN : time;
    }

    public void setLastCandleTime(Pair pair, double time) {
        lastCandleTimes.put(pair, time);
    }

    public JsonObject toJson() {
        List<JsonValue> saved = new ArrayList<>();
        for (Order order : orders.values()) {
            saved.add(order.toJson());
        }
        List<JsonValue> held = new ArrayList<>();
        for (Balance b : balances.balances().values()) {
            held.add(JsonObject.builder().put("asset", b.asset()).put("free", b.free()).put("total", b.total())
                    .build());
        }
        JsonObject.Builder start = JsonObject.builder();
        if (startBalances != null) {
            startBalances.forEach((asset, total) -> start.put(asset, total.doubleValue()));
        }
        JsonObject.Builder candles = JsonObject.builder();
        lastCandleTimes.forEach((pair, time) -> candles.put(pair.toString(), time));
        return JsonObject.builder().put("exchangeOrders", JsonArray.of(saved)).put("balances", JsonArray.of(held))
                .put("startBalances", startBalances == null ? JsonValue.of((String) null) : start.build())
                .put("candles", candles.build()).build();
    }
}
