package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.backtest.BacktestResult;
import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.BotError;
import io.awstrader.engine.bot.BotException;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.OrderStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    void aRunawayLoopIsStoppedAndTheBacktestGoesOn() {
        BacktestResult result = backtest("""
                var step = 0;
                function onData(input) {
                  if (++step % 100 === 1) { while (true) {} }
                  input.state.ok = (input.state.ok || 0) + 1;
                }
                """, SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(200)));

        assertEquals(5, result.errors().size(), "every 100th run loops forever");
        assertEquals("bot exceeded its time limit (200 ms)", result.errors().get(0).message());
        assertEquals(result.iterations() - 5, result.state().get("ok").asDouble());
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
