package io.awstrader.lambda.brokerage;

import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.List;

/**
 * An {@link OrderGateway} that passes every call to another one; a subclass changes only what it must (a tick's
 * placing deadline, a test's injected fault).
 */
public class ForwardingGateway implements OrderGateway {
    private final OrderGateway gateway;

    public ForwardingGateway(OrderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Order place(Order pending, double now) {
        return gateway.place(pending, now);
    }

    @Override
    public Order cancel(String orderId, double now) {
        return gateway.cancel(orderId, now);
    }

    @Override
    public List<Order> orders() {
        return gateway.orders();
    }

    @Override
    public Portfolio portfolio() {
        return gateway.portfolio();
    }
}
