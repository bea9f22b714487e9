package io.awstrader.engine.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.plot.PlotMark;
import io.awstrader.engine.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class IterationTest {
    private static final Pair BTC = Pair.parse("BTC/USD");
    private static final BotConfig CONFIG = new BotConfig(List.of(BTC), RunInterval.H1, "bitfinex", "virtual", null);
    private final CandleSeries candles = Candles.hourly("BTC/USD", 100, 101, 102, 103, 104);
    private final double now = candles.lastTime() + RunInterval.H1.millis();

    private IterationInput input(List<Order> orders, JsonObject state, boolean initialized) {
        return new IterationInput(CONFIG, Map.of(BTC, CandleWindow.of(candles)),
                Portfolio.of(Map.of("USD", 1000.0, "BTC", 2.0)), orders, state, initialized, now, 7, 1, 1,
                new IndicatorCache());
    }

    private IterationInput input() {
        return input(List.of(), JsonObject.empty(), true);
    }

    @Test
    void placedOrderIsPendingWithTheLastCloseAsMarketPriceAndTheRunTime() {
        IterationResult result = Iteration.run(JavaBot.acting(in -> in.trader().placeOrder(
                OrderRequest.limit(BTC, OrderDirection.BUY, 0.5, 99))), input());

        assertNull(result.error());
        assertEquals(1, result.newOrders().size());
        Order order = result.newOrders().get(0);
        assertEquals("o1", order.id());
        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(OrderType.LIMIT, order.type());
        assertEquals(104, order.marketPrice());
        assertEquals(now, order.createdAt());
        assertEquals(2, result.nextOrderNumber());
    }

    @Test
    void traderReadsPortfolioPricesAndValue() {
        List<Object> seen = new ArrayList<>();
        Iteration.run(JavaBot.acting(in -> {
            seen.add(in.trader().getPrice("BTC/USD"));
            seen.add(in.trader().getPortfolioValue());
            seen.add(in.trader().getBalance("ETH").total());
            seen.add(in.trader().getBalance("USD").free());
        }), input());

        assertEquals(List.of(104.0, 1000 + 2 * 104.0, 0.0, 1000.0), seen);
    }

    @Test
    void badOrderFailsTheRunWithAClearMessageAndDropsEverythingButTheLogs() {
        JsonObject before = JsonObject.builder().put("n", 1).build();
        IterationResult result = Iteration.run(JavaBot.of(in -> {
            in.console().log("about to trade");
            in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.BUY, 0.1));
            in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.BUY, -1));
            return JsonObject.builder().put("n", 2).build();
        }), input(List.of(), before, true));

        assertTrue(result.failed());
        assertTrue(result.error().message().contains("amount must be a positive number"), result.error().message());
        assertEquals(now, result.error().time());
        assertTrue(result.newOrders().isEmpty());
        assertEquals(before, result.state());
        assertEquals(1, result.logs().size());
        assertEquals("about to trade", result.logs().get(0).message());
        assertEquals(1, result.nextOrderNumber(), "dropped orders give their ids back");
    }

    @Test
    void orderOnAPairTheBotDoesNotTradeIsRefused() {
        IterationResult result = Iteration.run(JavaBot.acting(in -> in.trader().placeOrder(
                OrderRequest.market(Pair.parse("ETH/USD"), OrderDirection.BUY, 1))), input());

        assertTrue(result.error().message().contains("unknown pair 'ETH/USD'"), result.error().message());
    }

    @Test
    void initializeStateRunsOnceThenOnDataSeesItsState() {
        JavaBot bot = JavaBot.of((config, state) -> JsonObject.builder().put("count", 0).build(),
                in -> JsonObject.builder().put("count",
                        ((JsonNumber) in.state().get("count")).value() + 1).build());

        IterationResult first = Iteration.run(bot, input(List.of(), JsonObject.empty(), false));
        IterationResult second = Iteration.run(bot, input(List.of(), first.state(), first.initialized()));

        assertTrue(first.initialized());
        assertEquals(1, bot.initCalls());
        assertEquals(2, bot.onDataCalls());
        assertEquals(2.0, ((JsonNumber) second.state().get("count")).value());
    }

    @Test
    void failingInitializeStateIsRetriedNextRunAndOnDataDoesNotRun() {
        JavaBot bot = JavaBot.of((config, state) -> {
            throw new BotException("boom in init", "at initializeState (bot.ts:3:5)");
        }, in -> in.state());

        IterationResult result = Iteration.run(bot, input(List.of(), JsonObject.empty(), false));

        assertFalse(result.initialized());
        assertEquals("boom in init", result.error().message());
        assertEquals("at initializeState (bot.ts:3:5)", result.error().stack());
        assertEquals(0, bot.onDataCalls());
    }

    @Test
    void cancellingAnOrderOfTheSameRunDropsItBeforeTheExchange() {
        IterationResult result = Iteration.run(JavaBot.acting(in -> {
            Order order = in.trader().placeOrder(OrderRequest.limit(BTC, OrderDirection.SELL, 1, 200));
            in.trader().cancelOrder(order.id());
            assertTrue(in.trader().getOpenOrders().isEmpty());
        }), input());

        assertNull(result.error());
        assertEquals(OrderStatus.CANCELLED, result.newOrders().get(0).status());
        assertTrue(result.ordersToCancel().isEmpty());
    }

    @Test
    void cancellingOpenClosedAndUnknownOrders() {
        Order open = Order.pending("o1", OrderRequest.limit(BTC, OrderDirection.BUY, 1, 90), 100, 0).placed("v-1", 1);
        Order done = Order.pending("o2", OrderRequest.market(BTC, OrderDirection.BUY, 1), 100, 0).placed("v-2", 1)
                .completed(2, 101, 1, 0.2);

        IterationResult result = Iteration.run(JavaBot.acting(in -> {
            assertEquals(List.of(open), in.trader().getOpenOrders());
            assertEquals(done, in.trader().getOrder("o2"));
            in.trader().cancelOrder("o1");
            in.trader().cancelOrder("o1");
            in.trader().cancelOrder("o2");
        }), input(List.of(open, done), JsonObject.empty(), true));
        IterationResult unknown = Iteration.run(JavaBot.acting(in -> in.trader().cancelOrder("o9")),
                input(List.of(open, done), JsonObject.empty(), true));

        assertNull(result.error());
        assertEquals(List.of("o1"), result.ordersToCancel());
        assertEquals(ConsoleEntry.WARN, result.logs().get(0).type());
        assertTrue(result.logs().get(0).message().contains("already completed"));
        assertTrue(unknown.error().message().contains("unknown order id 'o9'"));
    }

    @Test
    void plotsAreStampedWithTheNewestCandleAndRejectNonNumbers() {
        IterationResult result = Iteration.run(JavaBot.acting(in -> {
            in.plotter().plotSeries("fast", "BTC/USD", 101.5, null);
            in.plotter().plotPoint("signal", "BTC/USD", 104, "rsi");
        }), input());
        IterationResult bad = Iteration.run(JavaBot.acting(in -> in.plotter().plotSeries("x", "BTC/USD", Double.NaN,
                null)), input());

        assertEquals(List.of(
                new PlotMark(PlotMark.Kind.SERIES, "BTC/USD", "candles", "fast", candles.lastTime(), 101.5),
                new PlotMark(PlotMark.Kind.POINT, "BTC/USD", "rsi", "signal", candles.lastTime(), 104)),
                result.plots());
        assertTrue(bad.error().message().contains("needs a finite number"));
    }

    @Test
    void consoleKeepsTypesAndCapsAChattyBot() {
        IterationResult result = Iteration.run(JavaBot.acting(in -> {
            in.console().log("a");
            in.console().warn("b");
            in.console().error("c");
        }), input());
        IterationResult flood = Iteration.run(JavaBot.acting(in -> {
            for (int i = 0; i < ConsoleApi.MAX_ENTRIES_PER_RUN + 5; i++) {
                in.console().log("line " + i);
            }
        }), input());

        assertEquals(List.of("log", "warn", "error"), result.logs().stream().map(ConsoleEntry::type).toList());
        assertEquals(List.of(1, 2, 3), result.logs().stream().map(ConsoleEntry::id).toList());
        assertEquals(ConsoleApi.MAX_ENTRIES_PER_RUN + 1, flood.logs().size());
        assertTrue(flood.logs().get(flood.logs().size() - 1).message().startsWith("5 more console lines"));
    }

    @Test
    void clockGivesTheRunTimeAndARepeatableRandomSequence() {
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        Iteration.run(JavaBot.acting(in -> {
            first.add(in.clock().now());
            first.add(in.clock().random());
            first.add(in.clock().random());
        }), input());
        Iteration.run(JavaBot.acting(in -> {
            second.add(in.clock().now());
            second.add(in.clock().random());
            second.add(in.clock().random());
        }), input());

        assertEquals(first, second);
        assertEquals(now, first.get(0));
        assertTrue(first.get(1) >= 0 && first.get(1) < 1);
        assertFalse(first.get(1).equals(first.get(2)));
    }

    @Test
    void indicatorsOverTheWindowComeFromTheWholeSeries() {
        List<Double> seen = new ArrayList<>();
        CandleSeries series = Candles.hourly("BTC/USD", 1, 2, 3, 4, 5, 6);
        IndicatorCache cache = new IndicatorCache();
        cache.register(series);
        IterationInput in = new IterationInput(CONFIG, Map.of(BTC, new CandleWindow(series, 3, 6)),
                Portfolio.of(Map.of("USD", 1.0)), List.of(), JsonObject.empty(), true, now, 1, 1, 1, cache);

        Iteration.run(JavaBot.acting(bot -> {
            var sma = bot.indicators().compute("sma", bot.candles(BTC), 3);
            seen.add((double) sma.length());
            seen.add(sma.get(0, 0));
            seen.add(sma.last(0));
            seen.add(bot.indicators().sma(bot.candles(BTC), 2, "high").last(0));
        }), in);

        // The window is candles 3..5 (closes 4, 5, 6); SMA(3) at candle 3 uses closes 2, 3, 4 from before it.
        assertEquals(List.of(3.0, 3.0, 5.0, 6.0), seen);
    }
}
