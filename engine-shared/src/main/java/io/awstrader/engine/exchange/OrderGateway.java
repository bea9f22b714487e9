package io.awstrader.engine.exchange;

import io.awstrader.engine.orders.Order;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.List;

/**
 * Where a run's orders go: the {@link VirtualExchange} in backtests and paper deployments, an exchange adapter for
 * real accounts. The engine decides what to place and cancel; a gateway says what became of it.
 */
public interface OrderGateway {

    /**
     * Places a {@code pending} order at {@code now} (epoch ms); returns it {@code placed}, or {@code error} with the
     * reason when the venue refused it.
     */
    Order place(Order pending, double now);

    /** Cancels the open order {@code orderId} at {@code now}; returns it as it stands afterwards. */
    Order cancel(String orderId, double now);

    /** Every order given to {@link #place}, with its latest status, in placement order. */
    List<Order> orders();

    /** The balances now: totals, and free after what open orders reserve. */
    Portfolio portfolio();
}
