package io.awstrader.engine.exchange;

import static io.awstrader.engine.exchange.VirtualExchangeTest.BTC_USD;
import static io.awstrader.engine.exchange.VirtualExchangeTest.H;
import static io.awstrader.engine.exchange.VirtualExchangeTest.MODEL;
import static io.awstrader.engine.exchange.VirtualExchangeTest.limit;
import static io.awstrader.engine.exchange.VirtualExchangeTest.market;
import static io.awstrader.engine.orders.OrderDirection.BUY;
import static io.awstrader.engine.orders.OrderDirection.SELL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderStatus;
import org.junit.jupiter.api.Test;

/** A paper deployment saves its exchange after each tick and restores it at the next: nothing may change on the way. */
class VirtualExchangeSnapshotTest {

    /** Filled, open (with reservations on both sides), rejected and cancelled orders, and fees paid. */
    private static VirtualExchange busy() {
        VirtualExchange ex = VirtualExchangeTest.exchange(10_000, 1);
        ex.place(market("o1", BUY, 0.1, 20_000), H);
        ex.onCandle(BTC_USD, new Candle(H, 20_000, 20_100, 19_900, 20_050, 10));
        ex.place(limit("o2", BUY, 0.2, 19_000), 2 * H);
        ex.place(limit("o3", SELL, 0.5, 25_000), 2 * H);
        ex.place(limit("o4", BUY, 100, 19_000), 2 * H); // not enough USD
        ex.place(limit("o5", SELL, 0.1, 30_000), 2 * H);
        ex.cancel("o5", 2 * H);
        return ex;
    }

    @Test
    void restoredExchangeWritesTheSameSnapshotAndOrders() {
        VirtualExchange ex = busy();
        String saved = Json.write(ex.toJson());
        VirtualExchange restored = VirtualExchange.restore(MODEL, Json.parse(saved).asObject());
        assertEquals(saved, Json.write(restored.toJson()));
        assertEquals(ex.orders(), restored.orders());
        assertEquals(ex.portfolio(), restored.portfolio());
        assertEquals(ex.totalFees(), restored.totalFees());
        assertEquals(H, restored.lastCandleTime(BTC_USD));
        assertEquals(OrderStatus.ERROR, restored.order("o4").status());
    }

    @Test
    void restoredExchangeFillsAndPlacesExactlyAsTheOriginal() {
        VirtualExchange ex = busy();
        VirtualExchange restored = VirtualExchange.restore(MODEL, Json.parse(Json.write(ex.toJson())).asObject());
        Candle crash = new Candle(2 * H, 20_000, 26_000, 18_500, 19_000, 10);
        assertEquals(ex.onCandle(BTC_USD, crash), restored.onCandle(BTC_USD, crash));
        Order next = market("o6", SELL, 0.3, 19_000);
        Order placed = ex.place(next, 3 * H);
        assertEquals(placed, restored.place(next, 3 * H));
        assertEquals("v-5", placed.foreignId(), "the foreign-id counter survives the restore");
        assertEquals(ex.portfolio(), restored.portfolio());
        assertEquals(Json.write(ex.toJson()), Json.write(restored.toJson()));
        // an older candle is still refused after a restore: the last candle time came back too
        assertThrows(IllegalArgumentException.class, () -> restored.onCandle(BTC_USD,
                new Candle(H, 1, 1, 1, 1, 1)));
    }

    @Test
    void aSnapshotWhoseOpenOrderLostItsReservationIsRefused() {
        JsonObject saved = busy().toJson();
        String broken = Json.write(saved).replace(",\"asset\":\"USD\",\"reservation\":", ",\"gone\":");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VirtualExchange.restore(MODEL, Json.parse(broken).asObject()));
        assertTrue(e.getMessage().contains("holds no reservation"), e.getMessage());
    }
}
