package io.awstrader.engine.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.BotException;
import io.awstrader.engine.bot.Candles;
import io.awstrader.engine.bot.JavaBot;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.indicators.IndicatorView;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.TextPieces;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.Resampler;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.portfolio.Balance;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class BacktestTest {
    private static final Pair BTC = Pair.parse("BTC/USD");
    private static final Pair ETH = Pair.parse("ETH/USD");
    private static final BotConfig ONE_PAIR = new BotConfig(List.of(BTC), RunInterval.H1, "bitfinex", "virtual",
            null);

    private static CandleSeries bitfinex() throws Exception {
        return CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"))).series();
    }

    /** The SMA(14)/SMA(50) crossover of the original platform's smaBot: all in on a cross up, all out on a cross down. */
    static JavaBot smaCross() {
        return JavaBot.acting(in -> {
            IndicatorView fast = in.indicators().compute("sma", in.candles(BTC), 14);
            IndicatorView slow = in.indicators().compute("sma", in.candles(BTC), 50);
            boolean[] up = in.utils().isCrossOver(fast.values(0), slow.values(0));
            boolean[] down = in.utils().isCrossUnder(fast.values(0), slow.values(0));
            double price = in.trader().getPrice("BTC/USD");
            Balance usd = in.trader().getBalance("USD");
            Balance btc = in.trader().getBalance("BTC");
            if (up[up.length - 1] && usd.free() > 10) {
                in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.BUY, usd.free() / price / 1.01));
            } else if (down[down.length - 1] && btc.free() > 0) {
                in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.SELL, btc.free()));
            }
        });
    }

    @Test
    void marketOrderFillsAtTheNextCandlesOpenWithSlippageAndFee() {
        CandleSeries candles = Candles.hourly("BTC/USD", 100, 110, 120, 130, 140);
        BacktestConfig config = BacktestConfig.of(ONE_PAIR, Map.of("USD", 1000.0), new FillModel(0.01, 0.001))
                .withWarmup(2);
        JavaBot buyOnce = JavaBot.acting(in -> {
            if (in.trader().getOpenOrders().isEmpty() && in.trader().getBalance("BTC").total() == 0) {
                in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.BUY, 1));
            }
        });

        BacktestResult result = Backtest.run(buyOnce, config, Map.of(BTC, candles), BacktestProgress.NONE);

        // Steps run at candles 1..4 (a window of 2 needs candle 0 first). The order placed after candle 1 closed
        // (price 110) fills at candle 2's open, 110, plus 0.1% slippage, and pays a 1% fee.
        assertEquals(4, result.iterations());
        Order order = result.orders().get(0);
        assertEquals(OrderStatus.COMPLETED, order.status());
        assertEquals(110 * 1.001, order.executedPrice(), 1e-9);
        assertEquals(candles.time(2), order.closedAt());
        assertEquals(110 * 1.001 * 0.01, order.fee(), 1e-9);
        assertEquals(1000 - 110 * 1.001 * 1.01, result.balances().balance("USD").total(), 1e-9);
        assertEquals(1, result.balances().balance("BTC").total());
        // equity at the last step: cash + 1 BTC at the last close, 140
        assertEquals(1000 - 110 * 1.001 * 1.01 + 140, result.equity().finalValue(), 1e-9);
    }

    @Test
    void smaCrossOverTheBitfinexFileKeepsTheBooksBalanced() throws Exception {
        CandleSeries candles = bitfinex();
        BacktestConfig config = BacktestConfig.of(ONE_PAIR, Map.of("USD", 10_000.0), new FillModel(0.002, 0.0005));
        List<int[]> progress = new ArrayList<>();

        BacktestResult result = Backtest.run(smaCross(), config, Map.of(BTC, candles),
                (done, total) -> progress.add(new int[] {done, total}));

        assertEquals(candles.size() - 199, result.iterations());
        assertTrue(result.errors().isEmpty());
        assertTrue(result.stats().trades() > 100, "an SMA cross trades often on 3.5 years of hourly candles");
        assertEquals(result.iterations(), progress.get(progress.size() - 1)[0]);
        assertTrue(progress.size() >= 90 && progress.size() <= 110, "about a hundred progress calls");
        double fees = 0;
        double usd = 10_000;
        double btc = 0;
        for (Order order : result.orders()) {
            assertTrue(order.status() != OrderStatus.ERROR, "no order should be refused: " + order);
            if (order.status() == OrderStatus.COMPLETED) {
                fees += order.fee();
                double value = order.executedPrice() * order.executedAmount();
                usd += order.isBuy() ? -value - order.fee() : value - order.fee();
                btc += order.isBuy() ? order.executedAmount() : -order.executedAmount();
                assertTrue(order.closedAt() >= order.createdAt(), "no fill before the order was made");
            }
        }
        // value in = value out + fees: the balances are exactly the sum of the fills
        assertEquals(usd, result.balances().balance("USD").total(), 1e-6);
        assertEquals(btc, result.balances().balance("BTC").total(), 1e-12);
        assertEquals(fees, result.stats().totalFees(), 1e-9);
        double lastClose = candles.close(candles.size() - 1);
        assertEquals(usd + btc * lastClose, result.equity().finalValue(), 1e-6);
    }

    /** A 4h bot on BTC/USD with 10,000 USD, 0.2% fees and 0.05% slippage. */
    private static BacktestConfig fourHourly() {
        BotConfig config4h = new BotConfig(List.of(BTC), RunInterval.H4, "bitfinex", "virtual", null);
        return BacktestConfig.of(config4h, Map.of("USD", 10_000.0), new FillModel(0.002, 0.0005));
    }

    /** The streamed writer is an optimisation of the tree writer, not a second format: same bytes for everything. */
    @Test
    void resultTextIsTheTreeWrittenOut() throws Exception {
        CandleSeries candles = Resampler.resample(bitfinex(), RunInterval.H4);
        BacktestConfig config = fourHourly();
        JavaBot busy = JavaBot.of(in -> {
            double price = in.trader().getPrice("BTC/USD");
            in.plotter().plotSeries("close \"quoted\" \u00e9\u20ac", "BTC/USD", price, "candles");
            in.plotter().plotPoint("tenth", "BTC/USD", price / 10, "panel\n2");
            double r = in.clock().random();
            if (r < 0.5) {
                // 70 series, more than the writer keeps the text of: some are written again from scratch
                in.plotter().plotSeries("many " + (int) (r * 140), "BTC/USD", price, null);
            }
            if (r < 0.05) {
                in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.BUY, 0.01));
                in.console().log("bought at " + price + " \t\u0001");
            } else if (r > 0.97) {
                in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.SELL, 1e9)); // refused: no BTC
                in.console().warn("sold nothing");
            } else if (r > 0.96) {
                throw new BotException("a bad candle at " + price, "at onData (bot.ts:3:1)");
            }
            return JsonObject.builder().put("last", price).put("ratio", price / 3).build();
        });

        BacktestResult result = Backtest.run(busy, config, Map.of(BTC, candles), BacktestProgress.NONE);

        assertTrue(result.plots().size() > 1000 && !result.logs().isEmpty() && !result.errors().isEmpty());
        String tree = Json.write(BacktestJson.write(result));
        assertEquals(tree, BacktestJson.text(result));

        // as the browser build writes it: every piece and number a string of its own, joined at the end
        List<String> pieces = new ArrayList<>();
        TextPieces.usePlatform(expectedLength -> new TextPieces() {
            @Override
            public TextPieces add(String piece) {
                pieces.add(piece);
                return this;
            }

            @Override
            public String text() {
                return String.join("", pieces);
            }
        });
        try {
            assertEquals(tree, BacktestJson.text(result));
        } finally {
            TextPieces.usePlatform(null);
        }
        assertTrue(pieces.size() > 5 * result.plots().size(), "the platform's pieces were used: " + pieces.size());
    }

    @Test
    void sameInputsGiveTheSameResult() throws Exception {
        CandleSeries candles = Resampler.resample(bitfinex(), RunInterval.H4);
        BacktestConfig config = fourHourly();
        JavaBot random = JavaBot.acting(in -> {
            if (in.clock().random() < 0.05) {
                in.trader().placeOrder(OrderRequest.market(BTC, OrderDirection.BUY, 0.01));
            }
        });

        BacktestResult first = Backtest.run(random, config, Map.of(BTC, candles), BacktestProgress.NONE);
        BacktestResult second = Backtest.run(random, config, Map.of(BTC, candles), BacktestProgress.NONE);
        BacktestResult otherSeed = Backtest.run(random, config.withSeed(2), Map.of(BTC, candles),
                BacktestProgress.NONE);

        assertEquals(first.orders(), second.orders());
        assertEquals(first.stats(), second.stats());
        assertTrue(first.orders().size() > 10);
        assertTrue(!first.orders().equals(otherSeed.orders()), "another seed draws other numbers");
    }

    @Test
    void aBotThatThrowsOnSomeCandlesIsRecordedAndTheRunGoesOn() {
        CandleSeries candles = Candles.hourly("BTC/USD", 1, 2, 3, 4, 5, 6, 7, 8);
        BacktestConfig config = BacktestConfig.of(ONE_PAIR, Map.of("USD", 100.0), FillModel.FREE).withWarmup(1);
        JavaBot flaky = JavaBot.of(in -> {
            double close = in.trader().getPrice("BTC/USD");
            if (close % 3 == 0) {
                throw new BotException("no multiples of three", "at onData (bot.ts:4:11)");
            }
            double seen = in.state().has("seen") ? ((JsonNumber) in.state().get("seen")).value() : 0;
            return JsonObject.builder().put("seen", seen + 1).build();
        });

        BacktestResult result = Backtest.run(flaky, config, Map.of(BTC, candles), BacktestProgress.NONE);

        assertEquals(8, result.iterations());
        assertEquals(2, result.errors().size());
        assertEquals(candles.time(2) + RunInterval.H1.millis(), result.errors().get(0).time());
        assertEquals("at onData (bot.ts:4:11)", result.errors().get(0).stack());
        assertEquals(6.0, ((JsonNumber) result.state().get("seen")).value());
    }

    @Test
    void pairsAreAlignedByTimeAndAGapSkipsOnlyThatPair() {
        CandleSeries btc = Candles.hourly("BTC/USD", 10, 11, 12, 13, 14, 15);
        CandleSeries ethFull = Candles.hourly("ETH/USD", 1, 2, 3, 4, 5, 6);
        CandleSeries eth = new CandleSeries(ETH, RunInterval.H1);
        for (int i = 0; i < ethFull.size(); i++) {
            if (i != 3) {
                eth.add(ethFull.candle(i));
            }
        }
        BotConfig two = new BotConfig(List.of(BTC, ETH), RunInterval.H1, "bitfinex", "virtual", null);
        BacktestConfig config = BacktestConfig.of(two, Map.of("USD", 100.0), FillModel.FREE).withWarmup(2);
        List<String> seen = new ArrayList<>();
        JavaBot watcher = JavaBot.acting(in -> seen.add(in.trader().getPrice("BTC/USD") + "/"
                + in.trader().getPrice("ETH/USD") + "/" + in.candles(ETH).size()));

        Backtest.run(watcher, config, Map.of(BTC, btc, ETH, eth), BacktestProgress.NONE);

        // ETH has no candle at hour 3: that step sees ETH's last close (3.0) and its window does not grow.
        assertEquals(List.of("11.0/2.0/2", "12.0/3.0/2", "13.0/3.0/2", "14.0/5.0/2", "15.0/6.0/2"), seen);
    }

    @Test
    void badSetupsAreRefusedWithClearMessages() {
        CandleSeries candles = Candles.hourly("BTC/USD", 1, 2, 3);
        BacktestConfig config = BacktestConfig.of(ONE_PAIR, Map.of("USD", 100.0), FillModel.FREE);
        JavaBot idle = JavaBot.acting(in -> { });

        var tooShort = assertThrows(IllegalArgumentException.class,
                () -> Backtest.run(idle, config, Map.of(BTC, candles), BacktestProgress.NONE));
        var missing = assertThrows(IllegalArgumentException.class,
                () -> Backtest.run(idle, config, Map.of(), BacktestProgress.NONE));
        BotConfig daily = new BotConfig(List.of(BTC), RunInterval.D1, "bitfinex", "virtual", null);
        var interval = assertThrows(IllegalArgumentException.class, () -> Backtest.run(idle,
                BacktestConfig.of(daily, Map.of("USD", 1.0), FillModel.FREE).withWarmup(1), Map.of(BTC, candles),
                BacktestProgress.NONE));

        assertTrue(tooShort.getMessage().contains("not enough BTC/USD candles"), tooShort.getMessage());
        assertTrue(missing.getMessage().contains("no candles for BTC/USD"), missing.getMessage());
        assertTrue(interval.getMessage().contains("resample"), interval.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.withWarmup(0));
        assertNull(null);
    }

    @Test
    void periodLimitsTheStepsAndKeepsTheWarmUpBeforeIt() {
        CandleSeries candles = Candles.hourly("BTC/USD", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        List<Double> windowStarts = new ArrayList<>();
        JavaBot watcher = JavaBot.acting(in -> windowStarts.add(in.candles(BTC).close(0)));
        BacktestConfig config = BacktestConfig.of(ONE_PAIR, Map.of("USD", 100.0), FillModel.FREE).withWarmup(3)
                .withPeriod(candles.time(5), candles.time(7));

        BacktestResult result = Backtest.run(watcher, config, Map.of(BTC, candles), BacktestProgress.NONE);

        assertEquals(3, result.iterations());
        assertEquals(List.of(4.0, 5.0, 6.0), windowStarts);
    }
}
