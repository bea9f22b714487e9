package io.awstrader.engine.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.exchange.VirtualExchange;
import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.portfolio.Portfolio;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunCarryTest {
    private static final Pair BTC = Pair.parse("BTC/USD");
    private static final BotConfig CONFIG = new BotConfig(List.of(BTC), RunInterval.H1, "bitfinex", "virtual", null);

    /** Counts runs in its state, places a limit buy and drops a second order in the same run. */
    private static final JavaBot BOT = JavaBot.of(in -> {
        double runs = in.state().has("runs") ? in.state().get("runs").asDouble() : 0;
        Order kept = in.trader().placeOrder(OrderRequest.limit(BTC, OrderDirection.BUY, 0.01, 1));
        Order dropped = in.trader().placeOrder(OrderRequest.limit(BTC, OrderDirection.BUY, 0.01, 1));
        in.trader().cancelOrder(dropped.id());
        in.console().log("run " + runs + " placed " + kept.id());
        return JsonObject.builder().put("runs", runs + 1).build();
    });

    private static IterationResult run(RunCarry carry, VirtualExchange exchange, CandleSeries candles, double now) {
        IterationResult result = Iteration.run(BOT, carry.input(CONFIG, Map.of(BTC, CandleWindow.of(candles)),
                exchange, now, 1, new IndicatorCache()));
        carry.apply(result, exchange, now);
        return result;
    }

    @Test
    void aCarrySavedAsJsonContinuesAsTheOneKeptInMemory() {
        CandleSeries candles = Candles.hourly("BTC/USD", 100, 101, 102);
        VirtualExchange exchange = new VirtualExchange(FillModel.FREE, Portfolio.of(Map.of("USD", 1000.0)));
        RunCarry carry = RunCarry.start();
        run(carry, exchange, candles, 3_600_000);
        assertTrue(carry.initialized());
        assertEquals(3, carry.nextOrderNumber());

        RunCarry saved = RunCarry.fromJson(Json.parse(Json.write(carry.toJson())).asObject());
        assertEquals(Json.write(carry.toJson()), Json.write(saved.toJson()));
        VirtualExchange savedExchange = VirtualExchange.restore(FillModel.FREE,
                Json.parse(Json.write(exchange.toJson())).asObject());

        IterationResult inMemory = run(carry, exchange, candles, 7_200_000);
        IterationResult restored = run(saved, savedExchange, candles, 7_200_000);
        assertEquals(inMemory, restored);
        assertEquals(new JsonNumber(2), saved.state().get("runs"));
        assertEquals(carry.allOrders(exchange), saved.allOrders(savedExchange));
        List<Order> all = saved.allOrders(savedExchange);
        assertEquals(List.of("o1", "o2", "o3", "o4"), all.stream().map(Order::id).toList());
        assertEquals(OrderStatus.CANCELLED, all.get(1).status(), "dropped in its run: never at the exchange");
        assertEquals(OrderStatus.PLACED, all.get(2).status());
    }

    @Test
    void aFailedRunMovesOnlyTheLogCounter() {
        JavaBot failing = JavaBot.of(in -> {
            in.console().log("about to fail");
            throw new IllegalStateException("boom");
        });
        VirtualExchange exchange = new VirtualExchange(FillModel.FREE, Portfolio.of(Map.of("USD", 1000.0)));
        RunCarry carry = RunCarry.start();
        IterationResult result = Iteration.run(failing, carry.input(CONFIG,
                Map.of(BTC, CandleWindow.of(Candles.hourly("BTC/USD", 100))), exchange, 3_600_000, 1,
                new IndicatorCache()));
        carry.apply(result, exchange, 3_600_000);
        assertTrue(result.failed());
        assertFalse(carry.initialized());
        assertEquals(2, carry.nextLogNumber());
        assertEquals(1, carry.nextOrderNumber());
    }

    @Test
    void aCarryWithoutItsStateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunCarry.fromJson(
                Json.parse("{\"initialized\":true,\"nextOrderNumber\":1,\"nextLogNumber\":1,\"unplaced\":[]}")
                        .asObject()));
        assertTrue(e.getMessage().contains("'state'"), e.getMessage());
    }
}
