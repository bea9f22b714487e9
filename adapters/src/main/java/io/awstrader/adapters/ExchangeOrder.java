package io.awstrader.adapters;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;

/**
 * An order as the exchange reports it, in engine terms. Amounts in the base asset, prices and fee in the quote asset,
 * times in epoch ms; {@code NaN} where the exchange says nothing.
 *
 * @param exchangeOrderId the exchange's own id (Kraken txid, Bitfinex id, KuCoin orderId)
 * @param clientOrderId the client order id sent with the order (exchange form), or null when it carries none
 * @param status {@code placed} while open (also partially filled), {@code completed}, {@code cancelled} (possibly
 *     after a partial fill: see {@code executedAmount}) or {@code error}
 */
public record ExchangeOrder(String exchangeOrderId, String clientOrderId, Pair pair, OrderType type,
        OrderDirection direction, double amount, double price, double stopPrice, OrderStatus status,
        double executedAmount, double executedPrice, double fee, double placedAt, double closedAt, String errorReason) {

    public boolean isOpen() {
        return status.isOpen();
    }

    /**
     * The platform's order brought up to date with what the exchange reports: placed with the exchange id, completed
     * with its fill, cancelled, or refused. Times the exchange does not give (KuCoin has no close time) are
     * {@code now}; a fee it does not report with the order (Bitfinex keeps fees in its trades) counts as 0.
     */
    public Order applyTo(Order order, double now) {
        double placed = Double.isNaN(placedAt) ? now : placedAt;
        double closed = Double.isNaN(closedAt) ? now : closedAt;
        Order current = order.status() == OrderStatus.PENDING ? order.placed(exchangeOrderId, placed) : order;
        return switch (status) {
            case PENDING, PLACED -> current;
            case COMPLETED -> current.completed(closed, executedPrice, executedAmount, Double.isNaN(fee) ? 0 : fee);
            case CANCELLED -> current.cancelled(closed);
            case ERROR -> order.rejected(errorReason, closed);
        };
    }
}
