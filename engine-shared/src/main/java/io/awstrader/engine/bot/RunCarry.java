package io.awstrader.engine.bot;

import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a bot hands to the next: the bot's state, whether {@code initializeState} ran, the order and log
 * counters, and the orders the bot dropped before they were placed (it still sees them). A backtest keeps one in
 * memory across its candles; a deployment saves it after every tick ({@link #toJson()}) and reads it back
 * ({@link #fromJson}), so both run the same sequence of {@link Iteration}s.
 */
public final class RunCarry {
    private JsonObject state;
    private boolean initialized;
    private int nextOrderNumber;
    private int nextLogNumber;
    /** Orders the bot created and cancelled in the same run: never at a gateway, still known to the bot. */
    private final Map<String, Order> unplaced;
    /** The orders a run knows, rebuilt only when the gateway's orders or the unplaced ones changed. */
    private List<Order> known = List.of();
    private List<Order> knownFromGateway;
    private boolean unplacedChanged = true;

    private RunCarry(JsonObject state, boolean initialized, int nextOrderNumber, int nextLogNumber,
                     Map<String, Order> unplaced) {
        this.state = state;
        this.initialized = initialized;
        this.nextOrderNumber = nextOrderNumber;
        this.nextLogNumber = nextLogNumber;
        this.unplaced = unplaced;
    }

    /** What the first run of a bot starts from: empty state, not initialized, first order {@code o1}, first log 1. */
    public static RunCarry start() {
        return new RunCarry(JsonObject.empty(), false, 1, 1, new LinkedHashMap<>());
    }

    /** The input of the next run: this carry, the gateway's balances and orders, and the caller's candles. */
    public IterationInput input(BotConfig config, Map<Pair, CandleWindow> candles, OrderGateway gateway, double now,
                                int runSeed, IndicatorCache indicators) {
        List<Order> fromGateway = gateway.orders();
        if (fromGateway != knownFromGateway || unplacedChanged) {
            knownFromGateway = fromGateway;
            known = knownOrders(fromGateway);
            unplacedChanged = false;
        }
        return new IterationInput(config, candles, gateway.portfolio(), known, state, initialized, now, runSeed,
                nextOrderNumber, nextLogNumber, indicators);
    }

    /**
     * Carries {@code result} over to the next run and performs its effects through {@code gateway}: cancels first
     * (they free reservations that new orders of the same run may need), then places the new orders in creation
     * order. A failed run changes nothing but the log counter: its orders, plots and state are dropped.
     */
    public void apply(IterationResult result, OrderGateway gateway, double now) {
        nextLogNumber = result.nextLogNumber();
        if (result.failed()) {
            return;
        }
        state = result.state();
        initialized = result.initialized();
        nextOrderNumber = result.nextOrderNumber();
        for (String id : result.ordersToCancel()) {
            gateway.cancel(id, now);
        }
        for (Order order : result.newOrders()) {
            if (order.isOpen()) {
                gateway.place(order, now);
            } else {
                unplaced.put(order.id(), order);
                unplacedChanged = true;
            }
        }
    }

    /** Every order of the run so far, the gateway's and the unplaced ones, in creation order ({@code o1, o2, ...}). */
    public List<Order> allOrders(OrderGateway gateway) {
        List<Order> orders = new ArrayList<>(gateway.orders());
        orders.addAll(unplaced.values());
        orders.sort((a, b) -> Integer.compare(orderNumber(a.id()), orderNumber(b.id())));
        return orders;
    }

    /**
     * This carry with the bot's state started over ({@code initializeState} runs again at the next run); the
     * counters and the unplaced orders stay, so order ids never repeat. For a deployment moved to a new version.
     */
    public RunCarry withFreshState() {
        return new RunCarry(JsonObject.empty(), false, nextOrderNumber, nextLogNumber, new LinkedHashMap<>(unplaced));
    }

    public JsonObject state() {
        return state;
    }

    public boolean initialized() {
        return initialized;
    }

    public int nextOrderNumber() {
        return nextOrderNumber;
    }

    public int nextLogNumber() {
        return nextLogNumber;
    }

    /** {@code {state, initialized, nextOrderNumber, nextLogNumber, unplaced: [order...]}}. */
    public JsonObject toJson() {
        List<JsonValue> orders = new ArrayList<>();
        for (Order order : unplaced.values()) {
            orders.add(order.toJson());
        }
        return JsonObject.builder().put("state", state).put("initialized", initialized)
                .put("nextOrderNumber", nextOrderNumber).put("nextLogNumber", nextLogNumber)
                .put("unplaced", JsonArray.of(orders)).build();
    }

    /**
     * The carry {@link #toJson()} wrote.
     *
     * @throws IllegalArgumentException when a field is missing or of the wrong kind
     */
    public static RunCarry fromJson(JsonObject json) {
        Map<String, Order> unplaced = new LinkedHashMap<>();
        for (JsonValue value : field(json, "unplaced").asArray().items()) {
            Order order = Order.fromJson(value.asObject());
            unplaced.put(order.id(), order);
        }
        return new RunCarry(field(json, "state").asObject(), field(json, "initialized").asBoolean(),
                (int) field(json, "nextOrderNumber").asDouble(), (int) field(json, "nextLogNumber").asDouble(),
                unplaced);
    }

    private static JsonValue field(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null) {
            throw new IllegalArgumentException("run carry has no '" + key + "'");
        }
        return value;
    }

    private List<Order> knownOrders(List<Order> fromGateway) {
        if (unplaced.isEmpty()) {
            return fromGateway; // the gateway's own unmodifiable list, rebuilt by it when an order changes
        }
        List<Order> all = new ArrayList<>(fromGateway);
        all.addAll(unplaced.values());
        return Collections.unmodifiableList(all);
    }

    private static int orderNumber(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
