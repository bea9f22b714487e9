package io.awstrader.engine.bot;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The {@code trader} object of a bot run: reads the portfolio, prices and orders as they were when the run began,
 * and collects the orders to place and cancel. Nothing reaches an exchange until the run returns.
 */
public final class TraderApi {
    private final BotConfig config;
    private final Portfolio portfolio;
    private final List<Order> knownOrders;
    private final Map<Pair, CandleWindow> candles;
    private final ConsoleApi console;
    private final double now;
    private int nextOrderNumber;
    // Both lists start empty (no array): a backtest makes one trader per candle, and most candles place nothing.
    private final List<Order> newOrders = new ArrayList<>(0);
    private final List<String> ordersToCancel = new ArrayList<>(0);

    TraderApi(BotConfig config, Portfolio portfolio, List<Order> knownOrders, Map<Pair, CandleWindow> candles,
              ConsoleApi console, double now, int nextOrderNumber) {
        this.config = config;
        this.portfolio = portfolio;
        this.knownOrders = knownOrders;
        this.candles = candles;
        this.console = console;
        this.now = now;
        this.nextOrderNumber = nextOrderNumber;
    }

    /** The portfolio as of the start of the run. */
    Portfolio portfolio() {
        return portfolio;
    }

    /** Every asset's balance as of the start of the run, by asset name. */
    public Map<String, Balance> getPortfolio() {
        return portfolio.balances();
    }

    /** The balance of {@code asset}; zeros when the account holds none. */
    public Balance getBalance(String asset) {
        if (asset == null || asset.isEmpty()) {
            throw new IllegalArgumentException("getBalance needs an asset name such as 'USD'");
        }
        return portfolio.balance(asset);
    }

    /** The last close of {@code pair}. */
    public double getPrice(String pair) {
        return priceOf(config.pair(pair));
    }

    /** Quote asset plus every pair's base asset at its last close, in the quote asset. */
    public double getPortfolioValue() {
        List<Pair> pairs = config.pairs();
        double[] prices = new double[pairs.size()];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = priceOf(pairs.get(i));
        }
        return portfolio.valueIn(config.quoteAsset(), pairs, prices);
    }

    /** The order with this id (placed in an earlier run or in this one), or {@code null}. */
    public Order getOrder(String id) {
        for (Order order : newOrders) {
            if (order.id().equals(id)) {
                return order;
            }
        }
        for (Order order : knownOrders) {
            if (order.id().equals(id)) {
                return order;
            }
        }
        return null;
    }

    /** Orders still open at the exchange, then the orders placed in this run (still pending). */
    public List<Order> getOpenOrders() {
        List<Order> open = new ArrayList<>();
        for (Order order : knownOrders) {
            if (order.isOpen()) {
                open.add(order);
            }
        }
        for (Order order : newOrders) {
            if (order.isOpen()) {
                open.add(order);
            }
        }
        return open;
    }

    /**
     * Asks for an order; it reaches the exchange after {@code onData} returns. Malformed requests (missing or
     * negative amount, unknown pair, limit without price) fail here, with a message saying what is wrong.
     */
    public Order placeOrder(OrderRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("placeOrder needs an order such as {pair, type, direction, amount}");
        }
        String problem = request.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Pair pair = config.pair(request.pair().toString());
        Order order = Order.pending("o" + nextOrderNumber++, request, priceOf(pair), now);
        newOrders.add(order);
        return order;
    }

    /**
     * Asks to cancel an order. An order placed in this same run is dropped before it reaches the exchange; an order
     * that already closed is left alone with a warning in the log; an unknown id is an error.
     */
    public void cancelOrder(String orderId) {
        for (int i = 0; i < newOrders.size(); i++) {
            Order order = newOrders.get(i);
            if (order.id().equals(orderId)) {
                if (order.isOpen()) {
                    newOrders.set(i, order.cancelled(now));
                }
                return;
            }
        }
        for (Order order : knownOrders) {
            if (order.id().equals(orderId)) {
                if (!order.isOpen()) {
                    console.warn("cancelOrder(" + orderId + "): the order is already " + order.status()
                            + "; nothing to cancel");
                } else if (!ordersToCancel.contains(orderId)) {
                    ordersToCancel.add(orderId);
                }
                return;
            }
        }
        throw new IllegalArgumentException("cancelOrder: unknown order id '" + orderId + "'");
    }

    /** Orders created in this run: pending, or cancelled when the bot cancelled them in the same run. */
    List<Order> newOrders() {
        return Collections.unmodifiableList(newOrders);
    }

    List<String> ordersToCancel() {
        return Collections.unmodifiableList(ordersToCancel);
    }

    int nextOrderNumber() {
        return nextOrderNumber;
    }

    private double priceOf(Pair pair) {
        CandleWindow window = candles.get(pair);
        if (window == null || window.size() == 0) {
            throw new IllegalArgumentException("no price for " + pair + " yet: it has no candles in this run");
        }
        return window.lastClose();
    }
}
