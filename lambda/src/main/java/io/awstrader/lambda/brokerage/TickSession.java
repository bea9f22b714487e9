package io.awstrader.lambda.brokerage;

import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;

import java.util.List;
import java.util.Map;

/** One tick's view of an exchange account: brought up to date, then used as the run's gateway, then saved. */
public interface TickSession {

    /**
     * Brings the account up to the tick: the orders' latest status. {@code candles} are each pair's series with the
     * index of its first candle not seen by an earlier tick ({@code from}) and of the first candle not closed
     * ({@code to}); a paper account fills its open orders against them in time order.
     */
    void catchUp(Map<Pair, CandleSeries> candles, Map<Pair, int[]> newCandles);

    /** Where the run's cancels and orders go. */
    OrderGateway gateway();

    /** The open time of the newest candle of {@code pair} the account has seen, or NaN (first tick). */
    double lastCandleTime(Pair pair);

    /** What the next tick needs to {@link Brokerage#open} this account again. */
    JsonObject book();

    /**
     * True when placed orders leave this process (a real exchange): the tick then writes the orders ahead before it
     * places them, so that a tick dying before its save leaves them for {@link #recover}. A paper account's orders
     * live only in its book, which is saved with the tick or not at all.
     */
    default boolean placesElsewhere() {
        return false;
    }

    /**
     * Settles the orders an earlier tick wrote ahead and never saved ({@code written}, pending): each is looked up
     * where it was sent and adopted into the book as it stands there, or dropped when it is truly absent.
     */
    default Recovery recover(List<Order> written) {
        throw new IllegalStateException("this account's orders are never written ahead");
    }

    /**
     * What {@link #recover} did: the ids of the orders it adopted and of those it dropped.
     */
    record Recovery(List<String> adopted, List<String> dropped) {
    }
}
