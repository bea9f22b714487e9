package io.awstrader.engine.stats;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns fills into round-trip {@link Trade}s, long only (spot). Per pair, a trade opens when a buy takes the
 * position from flat to long and closes when sells bring it back to flat. Reductions are matched first in, first
 * out against the trade's buys; since a trade only counts once it is flat again, every buy is fully matched and
 * the trade's profit is its proceeds minus its cost, so totals are kept instead of lots.
 *
 * <p>Fills are completed orders, and cancelled orders with a partial execution; they are taken in
 * {@code closedAt} order (ties in list order). A sell while flat, or the part of a sell beyond the position,
 * sells assets the run did not buy (e.g. held at the start) and belongs to no trade. A position counts as flat
 * when at most 1e-9 of its peak amount is left (dust from floating-point amounts). A position still open at the
 * end is not a trade.
 */
public final class RoundTrips {
    private static final double DUST = 1e-9;

    private RoundTrips() {
    }

    /** The closed round trips, in the order they closed. */
    public static List<Trade> of(List<Order> orders) {
        List<Order> fills = fillsInTimeOrder(orders);
        TreeMap<Pair, OpenTrade> open = new TreeMap<>();
        List<Trade> trades = new ArrayList<>();
        for (Order fill : fills) {
            double amount = fill.executedAmount();
            double price = fill.executedPrice();
            double fee = fill.fee();
            OpenTrade trade = open.get(fill.pair());
            if (fill.isBuy()) {
                if (trade == null) {
                    trade = new OpenTrade(fill.closedAt());
                    open.put(fill.pair(), trade);
                }
                trade.position += amount;
                trade.peak = Math.max(trade.peak, trade.position);
                trade.bought += amount;
                // separate statements: TeaVM 0.15 would print cost + (a + b) as cost + a + b (other rounding)
                trade.cost += amount * price;
                trade.cost += fee;
                trade.fees += fee;
            } else if (trade != null) {
                double counted = Math.min(amount, trade.position);
                double share = counted / amount; // the part of this sell's fee that belongs to the trade
                trade.proceeds += counted * price;
                trade.proceeds -= fee * share;
                trade.fees += fee * share;
                trade.position -= counted;
                if (trade.position <= DUST * trade.peak) {
                    trades.add(new Trade(fill.pair(), trade.openedAt, fill.closedAt(), trade.bought, trade.cost,
                            trade.proceeds, trade.fees));
                    open.remove(fill.pair());
                }
            }
        }
        return Collections.unmodifiableList(trades);
    }

    /** True for an order that moved balances: completed, or cancelled after a partial execution. */
    static boolean isFill(Order order) {
        if (order.status() == OrderStatus.COMPLETED) {
            return true;
        }
        return order.status() == OrderStatus.CANCELLED && order.executedAmount() > 0;
    }

    /** The fills, validated, sorted by closedAt with ties kept in list order. */
    static List<Order> fillsInTimeOrder(List<Order> orders) {
        if (orders == null) {
            throw new IllegalArgumentException("orders are missing (null); pass an empty list for none");
        }
        List<Order> fills = new ArrayList<>();
        for (Order order : orders) {
            if (order == null) {
                throw new IllegalArgumentException("order list contains null");
            }
            if (isFill(order)) {
                checkFill(order);
                fills.add(order);
            }
        }
        // List.sort is stable on the JVM; TeaVM's is too, but the index tie-break makes the order explicit
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < fills.size(); i++) {
            index.add(i);
        }
        index.sort((a, b) -> {
            int c = Double.compare(fills.get(a).closedAt(), fills.get(b).closedAt());
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<Order> sorted = new ArrayList<>(fills.size());
        for (int i : index) {
            sorted.add(fills.get(i));
        }
        return sorted;
    }

    private static void checkFill(Order order) {
        String id = "order " + order.id() + " (" + order.status() + ")";
        if (!(order.executedAmount() > 0) || Double.isInfinite(order.executedAmount())) {
            throw new IllegalArgumentException(id + " needs a positive executed amount, got " + order.executedAmount());
        }
        if (!(order.executedPrice() > 0) || Double.isInfinite(order.executedPrice())) {
            throw new IllegalArgumentException(id + " needs a positive executed price, got " + order.executedPrice());
        }
        if (Double.isNaN(order.fee()) || Double.isInfinite(order.fee())) {
            throw new IllegalArgumentException(id + " needs a finite fee, got " + order.fee());
        }
        if (Double.isNaN(order.closedAt()) || Double.isInfinite(order.closedAt())) {
            throw new IllegalArgumentException(id + " needs a closedAt time, got " + order.closedAt());
        }
        if (order.pair() == null || order.direction() == null) {
            throw new IllegalArgumentException(id + " needs a pair and a direction");
        }
    }

    private static final class OpenTrade {
        final double openedAt;
        double position;
        double peak;
        double bought;
        double cost;
        double proceeds;
        double fees;

        OpenTrade(double openedAt) {
            this.openedAt = openedAt;
        }
    }
}
