package io.awstrader.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import org.junit.jupiter.api.Test;

/** What an exchange reports updates the platform's order as a deployment tick needs it. */
class ExchangeOrderTest {
    private static final Pair BTC_USD = Pair.parse("BTC/USD");
    private static final Order PENDING = Order.pending("o1", OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.5,
            20000), 21000, 1000);

    private static ExchangeOrder reported(OrderStatus status, double executed, double price, double fee,
            double closedAt) {
        return new ExchangeOrder("X1", "cid", BTC_USD, OrderType.LIMIT, OrderDirection.BUY, 0.5, 20000, Double.NaN,
                status, executed, price, fee, 2000, closedAt, null);
    }

    @Test
    void placedThenCompletedWithTheFill() {
        Order placed = reported(OrderStatus.PLACED, 0, Double.NaN, 0, Double.NaN).applyTo(PENDING, 5000);
        assertEquals(OrderStatus.PLACED, placed.status());
        assertEquals("X1", placed.foreignId());
        assertEquals(2000, placed.placedAt());
        Order done = reported(OrderStatus.COMPLETED, 0.5, 19999.5, 10, 3000).applyTo(placed, 5000);
        assertEquals(OrderStatus.COMPLETED, done.status());
        assertEquals(19999.5, done.executedPrice());
        assertEquals(0.5, done.executedAmount());
        assertEquals(10, done.fee());
        assertEquals(3000, done.closedAt());
    }

    @Test
    void unknownCloseTimeAndFeeTakeNowAndZero() {
        Order done = reported(OrderStatus.COMPLETED, 0.5, 20000, Double.NaN, Double.NaN).applyTo(PENDING, 5000);
        assertEquals(5000, done.closedAt());
        assertEquals(0, done.fee());
        assertEquals("X1", done.foreignId());
        Order cancelled = reported(OrderStatus.CANCELLED, 0, Double.NaN, 0, Double.NaN).applyTo(PENDING, 6000);
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(6000, cancelled.closedAt());
    }
}
