package io.awstrader.lambda.tick;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.orders.Order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders a tick on a real exchange is about to place, written on the deployment before the first one leaves
 * (see {@link io.awstrader.lambda.brokerage.ExchangeBrokerage} for the protocol): the candle of the tick, the order
 * counter after its run (no later order reuses an id, so no client order id is used twice), when it was written and
 * the orders, pending.
 *
 * @param tickKey         the close time of the candle the writing tick acted on
 * @param nextOrderNumber the bot's order counter after that tick's run
 * @param writtenAt       when it was written (epoch ms, the runtime's clock): its tick places nothing after
 *                        {@link #placingDeadline()}, and no other tick recovers it before {@link #recoverableAt()}
 * @param orders          the orders to place, pending, with their platform ids
 */
public record WriteAhead(long tickKey, int nextOrderNumber, long writtenAt, List<Order> orders) {
    /** How long after its write-ahead a tick may still start placing an order. */
    public static final long PLACING_MILLIS = 120_000;
    /**
     * How long after a write-ahead its orders may be recovered: the placing time, plus the longest one place can take
     * (the adapter's timeouts, its look-up by client id and one resend, rate-limit waits), with room to spare.
     */
    public static final long RECOVER_AFTER_MILLIS = 600_000;

    public WriteAhead {
        orders = List.copyOf(orders);
    }

    /** The write-ahead {@link #toJson()} wrote. */
    public static WriteAhead read(String json) {
        JsonObject o = Json.parse(json).asObject();
        List<Order> orders = new ArrayList<>();
        for (JsonValue order : o.get("orders").asArray().items()) {
            orders.add(Order.fromJson(order.asObject()));
        }
        return new WriteAhead((long) o.get("tickKey").asDouble(), (int) o.get("nextOrderNumber").asDouble(),
                (long) o.get("writtenAt").asDouble(), orders);
    }

    /** After this time (epoch ms) the writing tick places no more orders. */
    public long placingDeadline() {
        return writtenAt + PLACING_MILLIS;
    }

    /** From this time (epoch ms) a later candle's tick recovers these orders: the writing tick is surely over. */
    public long recoverableAt() {
        return writtenAt + RECOVER_AFTER_MILLIS;
    }

    /**
     * This tick's write-ahead, still holding the orders of {@code unsettled} (an earlier one this tick recovered but
     * has not saved yet): if this tick dies too, the next one recovers both.
     */
    public static WriteAhead of(long tickKey, int nextOrderNumber, long writtenAt, List<Order> toPlace,
                                WriteAhead unsettled) {
        if (unsettled == null) {
            return new WriteAhead(tickKey, nextOrderNumber, writtenAt, toPlace);
        }
        Map<String, Order> all = new LinkedHashMap<>();
        unsettled.orders().forEach(o -> all.put(o.id(), o));
        toPlace.forEach(o -> all.put(o.id(), o));
        return new WriteAhead(tickKey, Math.max(nextOrderNumber, unsettled.nextOrderNumber()), writtenAt,
                new ArrayList<>(all.values()));
    }

    /** {@code carry} (a run carry's JSON) with its order counter past every id written here. */
    public JsonObject advance(JsonObject carry) {
        if (carry.get("nextOrderNumber").asDouble() >= nextOrderNumber) {
            return carry;
        }
        JsonObject.Builder out = JsonObject.builder();
        carry.members().forEach(out::put);
        return out.put("nextOrderNumber", nextOrderNumber).build();
    }

    public String toJson() {
        List<JsonValue> written = new ArrayList<>();
        for (Order order : orders) {
            written.add(order.toJson());
        }
        return Json.write(JsonObject.builder().put("tickKey", tickKey).put("nextOrderNumber", nextOrderNumber)
                .put("writtenAt", writtenAt).put("orders", JsonArray.of(written)).build());
    }
}
