package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.backtest.BacktestResult;
import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.BotError;
import io.awstrader.engine.bot.BotException;
import io.awstrader.engine.bot.CandleWindow;
import io.awstrader.engine.bot.Iteration;
import io.awstrader.engine.bot.IterationInput;
import io.awstrader.engine.bot.IterationResult;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.portfolio.Portfolio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bot JavaScript on the JVM through the shared bridge: what bots see, and what happens when they misbehave. */
class JvmBotTest {
    private static final Pair BTC = Pair.parse("BTC/USD");
    private static CandleSeries candles;

    @BeforeAll
    static void loadCandles() throws Exception {
        CandleSeries all = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv")))
                .series();
        candles = all.slice(all.size() - 600, all.size());
    }

    private static BacktestResult backtest(String botJs, SandboxLimits limits) {
        BotConfig bot = new BotConfig(List.of(BTC), RunInterval.H1, "bitfinex", "virtual", null);
        BacktestConfig config = BacktestConfig.of(bot, Map.of("USD", 10_000.0), new FillModel(0.002, 0.0005));
        try (JvmBot jvmBot = JvmBot.load(botJs, limits)) {
            return Backtest.run(jvmBot.runtime(), config, Map.of(BTC, candles), BacktestProgress.NONE);
        }
    }

    private static BacktestResult backtest(String botJs) {
        return backtest(botJs, SandboxLimits.BOT_CALL);
    }

    @Test
    void smaCrossTradesAndKeepsState() {
        BacktestResult result = backtest("""
                function initializeState(config, state) { state.buys = 0; state.pairs = config.pairs; }
                function onData(input) {
                  const candles = input.candleData['BTC/USD'];
                  const fast = input.indicators.sma(candles, 14);
                  const slow = input.indicators.sma(candles, 50);
                  const usd = input.trader.getBalance('USD');
                  const btc = input.trader.getBalance('BTC');
                  const price = input.trader.getPrice('BTC/USD');
                  if (input.utils.isCrossOver(fast, slow).pop() && usd.free > 10) {
                    input.trader.placeOrder({pair: 'BTC/USD', type: 'market', direction: 'buy',
                        amount: usd.free / price / 1.01});
                    input.state.buys++;
                  } else if (input.utils.isCrossUnder(fast, slow).pop() && btc.free > 0) {
                    input.trader.placeOrder({pair: 'BTC/USD', type: 'market', direction: 'sell', amount: btc.free});
                  }
                  input.plotter.plotSeries('fast', 'BTC/USD', fast[fast.length - 1]);
                }
                """);

        assertTrue(result.errors().isEmpty(), result.errors().toString());
        assertTrue(result.orders().size() > 4);
        assertTrue(result.orders().stream().allMatch(o -> o.status() == OrderStatus.COMPLETED));
        long buys = result.orders().stream().filter(o -> o.isBuy()).count();
        assertEquals("{\"buys\":" + buys + ",\"pairs\":[\"BTC/USD\"]}", Json.write(result.state()));
        assertEquals(result.iterations(), result.plots().size());
    }

    @Test
    void oneBotRunsOverOtherPairsOnTheSameCandles() {
        // Runs on the very same series objects, as a deployment's ticks could be: only the pairs tell them apart.
        Pair eth = Pair.parse("ETH/USD");
        CandleSeries ethCandles = new CandleSeries(eth, RunInterval.H1, candles.size());
        for (int i = 0; i < candles.size(); i++) {
            ethCandles.add(candles.time(i), candles.open(i) / 15, candles.high(i) / 15, candles.low(i) / 15,
                    candles.close(i) / 15, candles.volume(i));
        }
        Map<Pair, CandleWindow> windows = Map.of(BTC, new CandleWindow(candles, 0, 300), eth,
                new CandleWindow(ethCandles, 0, 300));
        String botJs = """
                function onData(input) {
                  const pairs = Object.keys(input.candleData);
                  input.state.pairs = pairs.join(',');
                  input.state.prices = pairs.map(p => input.trader.getPrice(p) === input.candleData[p].at(-1)[2]);
                  input.state.sma = pairs.map(p => input.indicators.sma(input.candleData[p], 3).at(-1) > 0);
                }
                """;
        BotConfig one = new BotConfig(List.of(BTC), RunInterval.H1, "bitfinex", "virtual", null);
        BotConfig two = new BotConfig(List.of(BTC, eth), RunInterval.H1, "bitfinex", "virtual", null);
        double now = candles.time(299) + RunInterval.H1.millis();
        try (JvmBot bot = JvmBot.load(botJs, SandboxLimits.BOT_CALL)) {
            List<String> states = new ArrayList<>();
            for (BotConfig config : List.of(one, two, one)) {
                IterationResult result = Iteration.run(bot.runtime(), new IterationInput(config, windows,
                        Portfolio.of(Map.of("USD", 10_000.0)), List.of(), JsonObject.empty(), true, now, 1, 1, 1,
                        new IndicatorCache()));
                assertNull(result.error(), () -> String.valueOf(result.error()));
                states.add(Json.write(result.state()));
            }
            assertEquals(List.of("{\"pairs\":\"BTC/USD\",\"prices\":[true],\"sma\":[true]}",
                    "{\"pairs\":\"BTC/USD,ETH/USD\",\"prices\":[true,true],\"sma\":[true,true]}",
                    "{\"pairs\":\"BTC/USD\",\"prices\":[true],\"sma\":[true]}"), states);
        }
    }

    @Test
    void errorsCarryTheBotsOwnLinesAndTheRunGoesOn() {
        BacktestResult result = backtest("""
                function onData(input) {
                  const n = input.candleData['BTC/USD'].length;
                  if (input.trader.getPrice('BTC/USD') % 2 < 1) {
                    helper(n);
                  }
                }
                function helper(n) {
                  throw new Error('odd candle ' + n);
                }
                """);

        assertTrue(result.errors().size() > 10 && result.errors().size() < result.iterations());
        BotError error = result.errors().get(0);
        assertEquals("odd candle 200", error.message());
        assertEquals("at helper (bot.ts:8)\nat onData (bot.ts:4)", error.stack());
    }

    @Test
    void badCallsAreBotErrorsWithClearMessages() {
        BacktestResult result = backtest("""
                var step = 0; // bot globals live as long as the bot's context; failed runs still count here
                function onData(input) {
                  const t = ++step;
                  if (t === 1) input.trader.placeOrder({pair: 'ETH/USD', type: 'market', direction: 'buy', amount: 1});
                  if (t === 2) input.trader.placeOrder({pair: 'BTC/USD', type: 'market', direction: 'buy', amount: -1});
                  if (t === 3) input.trader.placeOrder({pair: 'BTC/USD', direction: 'buy'});
                  if (t === 4) input.state.f = function () {};
                  if (t === 5) { input.state.me = input.state; }
                  if (t === 6) input.state.x = NaN;
                  if (t === 7) input.indicators.rsi(input.candleData['BTC/USD'], 0);
                  if (t === 8) input.trader.cancelOrder('nope');
                  if (t === 9) throw 'a string';
                }
                """);

        List<String> messages = result.errors().stream().map(BotError::message).toList();
        assertEquals(List.of(
                "unknown pair 'ETH/USD': this bot trades [BTC/USD]",
                "order amount must be a positive number of BTC, got -1",
                "order amount must be a number, got undefined",
                "state cannot be saved: state.f is a function (only JSON values are kept)",
                "state cannot be saved: state.me refers back to itself (a cycle)",
                "state cannot be saved: state.x is NaN, not a finite number",
                "RSI period must be at least 1, got 0",
                "cancelOrder: unknown order id 'nope'",
                "bot threw a string"), messages.subList(0, 9));
    }

    @Test
    void aRunawayLoopIsStoppedTheBotReloadedAndTheBacktestGoesOn() {
        BacktestResult result = backtest("""
                var calls = 0; // starts over when the bot is reloaded after a limit error: only state carries on
                function onData(input) {
                  calls++;
                  const candles = input.candleData['BTC/USD'];
                  const hour = candles[candles.length - 1][0] / 3600000;
                  if (hour % 100 === 0) { console.log('about to spin'); while (true) {} }
                  input.state.ok = (input.state.ok || 0) + 1;
                  input.state.calls = calls;
                }
                """, SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(200)));

        assertEquals(result.iterations() / 100, result.errors().size(), "every 100th hour loops forever");
        assertEquals("bot exceeded its time limit (200 ms)", result.errors().get(0).message());
        assertEquals("", result.errors().get(0).stack());
        assertEquals(result.iterations() - result.errors().size(), result.state().get("ok").asDouble());
        // The bot was reloaded after its last limit error: its own counter restarted there.
        double lastError = result.errors().get(result.errors().size() - 1).time();
        assertTrue(result.state().get("calls").asDouble() < result.state().get("ok").asDouble());
        assertTrue(lastError > 0);
        // What a stopped call logged before the limit depends on timing: it is dropped with the call.
        assertTrue(result.logs().stream().noneMatch(log -> log.message().equals("about to spin")));
    }

    @Test
    void theBotSeesNoHostAndNoWayOut() {
        BacktestResult result = backtest("""
                function onData(input) {
                  const probes = {
                    java: typeof Java, polyglot: typeof Polyglot, load: typeof load, require: typeof require,
                    process: typeof process, host: typeof host, api: typeof awstraderBotApi, fetch: typeof fetch,
                  };
                  input.state.probes = probes;
                  Object.prototype.amount = 5;
                  JSON.parse = () => ({});
                  input.state.after = input.trader.getBalance('USD').free;
                  delete Object.prototype.amount;
                }
                """);

        assertTrue(result.errors().isEmpty(), result.errors().toString());
        assertEquals("{\"java\":\"undefined\",\"polyglot\":\"undefined\",\"load\":\"undefined\","
                + "\"require\":\"undefined\",\"process\":\"undefined\",\"host\":\"undefined\",\"api\":\"undefined\","
                + "\"fetch\":\"undefined\"}", Json.write(result.state().get("probes")));
        assertEquals(10_000.0, result.state().get("after").asDouble());
    }

    @Test
    void aBotWithoutOnDataDoesNotLoad() {
        BotException e = assertThrows(BotException.class,
                () -> JvmBot.load("function ondata(input) {}", SandboxLimits.BOT_CALL));
        assertTrue(e.getMessage().contains("the bot has no onData(input) function"), e.getMessage());
    }
}
