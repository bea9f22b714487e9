package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.plot.PlotMark;

import java.util.List;

/**
 * What one bot run produced. On a bot error the run is all-or-nothing: no orders, no cancels, no plots and the
 * state as it was; the console lines written before the error are kept, they help find it.
 *
 * @param newOrders      orders created in this run: {@code pending} (to place) or {@code cancelled} (dropped by the
 *                       bot in the same run, never sent)
 * @param ordersToCancel ids of open orders from earlier runs to cancel
 * @param error          the bot error, or {@code null} when the run succeeded
 */
public record IterationResult(List<Order> newOrders, List<String> ordersToCancel, JsonObject state,
                              boolean initialized, List<ConsoleEntry> logs, List<PlotMark> plots, BotError error,
                              int nextOrderNumber, int nextLogNumber) {

    public boolean failed() {
        return error != null;
    }
}
