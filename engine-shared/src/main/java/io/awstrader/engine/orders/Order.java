package io.awstrader.engine.orders;

import io.awstrader.engine.json.JsonNull;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonString;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.Pair;

/**
 * An order with everything known about it. Immutable: every change of status gives a new {@code Order}.
 *
 * <p>Amounts are in the base asset, prices and {@code fee} in the quote asset, times in epoch ms.
 * {@code NaN} marks a price or time that does not apply or is not known yet (serialised as {@code null}).
 */
public record Order(
        String id,
        String foreignId,
        Pair pair,
        OrderType type,
        OrderDirection direction,
        double amount,
        double price,
        double stopPrice,
        OrderStatus status,
        String errorReason,
        double marketPrice,
        double createdAt,
        double placedAt,
        double closedAt,
        double executedPrice,
        double executedAmount,
        double fee) {

    /** A new pending order for {@code request}, created at {@code now} when the market traded at {@code marketPrice}. */
    public static Order pending(String id, OrderRequest request, double marketPrice, double now) {
        return new Order(id, null, request.pair(), request.type(), request.direction(), request.amount(),
                request.price(), request.stopPrice(), OrderStatus.PENDING, null, marketPrice, now, Double.NaN,
                Double.NaN, Double.NaN, 0, 0);
    }

    /**
     * Why this order's bot-given fields (pair, type, direction, amount, limit and stop prices) cannot make a
     * valid order, or {@code null} when they can; the same rules as {@link OrderRequest#problem()}.
     */
    public String problem() {
        return new OrderRequest(pair, type, direction, amount, price, stopPrice).problem();
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isBuy() {
        return direction == OrderDirection.BUY;
    }

    public Order placed(String newForeignId, double time) {
        return new Order(id, newForeignId, pair, type, direction, amount, price, stopPrice, OrderStatus.PLACED, null,
                marketPrice, createdAt, time, Double.NaN, Double.NaN, 0, 0);
    }

    public Order completed(double time, double fillPrice, double fillAmount, double fillFee) {
        return new Order(id, foreignId, pair, type, direction, amount, price, stopPrice, OrderStatus.COMPLETED, null,
                marketPrice, createdAt, Double.isNaN(placedAt) ? time : placedAt, time, fillPrice, fillAmount,
                fillFee);
    }

    public Order cancelled(double time) {
        return new Order(id, foreignId, pair, type, direction, amount, price, stopPrice, OrderStatus.CANCELLED, null,
                marketPrice, createdAt, placedAt, time, executedPrice, executedAmount, fee);
    }

    public Order rejected(String reason, double time) {
        return new Order(id, foreignId, pair, type, direction, amount, price, stopPrice, OrderStatus.ERROR, reason,
                marketPrice, createdAt, placedAt, time, Double.NaN, 0, 0);
    }

    /** The same order after a fill: used when an exchange reports an executed price for a placed order. */
    public Order withStatus(OrderStatus newStatus) {
        return new Order(id, foreignId, pair, type, direction, amount, price, stopPrice, newStatus, errorReason,
                marketPrice, createdAt, placedAt, closedAt, executedPrice, executedAmount, fee);
    }

    /** The order as bots and result files see it; absent values are {@code null}. */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("id", id)
                .put("foreignId", text(foreignId))
                .put("pair", pair.toString())
                .put("type", type.code())
                .put("direction", direction.code())
                .put("amount", JsonValue.ofDefined(amount))
                .put("price", JsonValue.ofDefined(price))
                .put("stopPrice", JsonValue.ofDefined(stopPrice))
                .put("status", status.code())
                .put("errorReason", text(errorReason))
                .put("marketPrice", JsonValue.ofDefined(marketPrice))
                .put("createdAt", JsonValue.ofDefined(createdAt))
                .put("placedAt", JsonValue.ofDefined(placedAt))
                .put("closedAt", JsonValue.ofDefined(closedAt))
                .put("executedPrice", JsonValue.ofDefined(executedPrice))
                .put("executedAmount", JsonValue.ofDefined(executedAmount))
                .put("fee", JsonValue.ofDefined(fee))
                .build();
    }

    /**
     * The order {@link #toJson()} wrote: every field as written, {@code null}s back to {@code NaN} or no text.
     *
     * @throws IllegalArgumentException for a missing field or a value of the wrong kind
     */
    public static Order fromJson(JsonObject json) {
        return new Order(json.get("id").asString(), textOrNull(json, "foreignId"), Pair.parse(json.get("pair").asString()),
                OrderType.parse(json.get("type").asString()), OrderDirection.parse(json.get("direction").asString()),
                number(json, "amount"), number(json, "price"), number(json, "stopPrice"),
                OrderStatus.parse(json.get("status").asString()), textOrNull(json, "errorReason"),
                number(json, "marketPrice"), number(json, "createdAt"), number(json, "placedAt"),
                number(json, "closedAt"), number(json, "executedPrice"), number(json, "executedAmount"),
                number(json, "fee"));
    }

    private static String textOrNull(JsonObject json, String key) {
        JsonValue value = field(json, key);
        return value.isNull() ? null : value.asString();
    }

    private static double number(JsonObject json, String key) {
        JsonValue value = field(json, key);
        return value.isNull() ? Double.NaN : value.asDouble();
    }

    private static JsonValue field(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null) {
            throw new IllegalArgumentException("order has no '" + key + "'");
        }
        return value;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonString(value);
    }
}
