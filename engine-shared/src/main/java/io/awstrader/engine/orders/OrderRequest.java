package io.awstrader.engine.orders;

import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.Pair;

/**
 * What a bot asks for with {@code trader.placeOrder}: amounts are in the base asset; {@code price} is the
 * limit price (limit orders), {@code stopPrice} the trigger (stop orders). Absent prices are {@code NaN}.
 */
public record OrderRequest(Pair pair, OrderType type, OrderDirection direction, double amount, double price,
                           double stopPrice) {

    public static OrderRequest market(Pair pair, OrderDirection direction, double amount) {
        return new OrderRequest(pair, OrderType.MARKET, direction, amount, Double.NaN, Double.NaN);
    }

    public static OrderRequest limit(Pair pair, OrderDirection direction, double amount, double price) {
        return new OrderRequest(pair, OrderType.LIMIT, direction, amount, price, Double.NaN);
    }

    public static OrderRequest stop(Pair pair, OrderDirection direction, double amount, double stopPrice) {
        return new OrderRequest(pair, OrderType.STOP, direction, amount, Double.NaN, stopPrice);
    }

    /** Why this request cannot become an order, or {@code null} when it is well formed. */
    public String problem() {
        if (pair == null) {
            return "order has no pair";
        }
        if (type == null) {
            return "order has no type; expected market, limit or stop";
        }
        if (direction == null) {
            return "order has no direction; expected buy or sell";
        }
        if (Double.isNaN(amount) || Double.isInfinite(amount) || amount <= 0) {
            return "order amount must be a positive number of " + pair.base() + ", got " + NumberText.format(amount);
        }
        if (type == OrderType.LIMIT && !isPositive(price)) {
            return "limit order needs a positive price, got " + NumberText.format(price);
        }
        if (type == OrderType.STOP && !isPositive(stopPrice)) {
            return "stop order needs a positive stopPrice, got " + NumberText.format(stopPrice);
        }
        return null;
    }

    private static boolean isPositive(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v) && v > 0;
    }
}
