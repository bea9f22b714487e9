package io.awstrader.lambda.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.lambda.tick.TickOutcome;
import io.awstrader.sandbox.BotCompiler;
import io.awstrader.sandbox.CompiledBot;
import io.awstrader.sandbox.JvmBot;
import io.awstrader.sandbox.SandboxLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paper parity: a sample bot deployed on a virtual account and ticked candle by candle over a week of real hourly
 * Bitfinex candles (the real TickHandler, DynamoDB Local, the paper brokerage fed the candles) ends with the same
 * result file as a JVM backtest over the same week: orders, fills, balances, equity, stats, plots, logs, state and
 * errors, byte for byte.
 */
class PaperParityTest {
    private static final Pair BTC = Pair.parse("BTC/USD");
    /** Equality is the point here, not the time limit: a loaded test machine must not turn slow calls into errors. */
    private static final SandboxLimits LIMITS = SandboxLimits.BOT_CALL.withTimeLimit(java.time.Duration.ofMinutes(1));
    private static CandleSeries hourly;
    private static BotCompiler compiler;

    @BeforeAll
    static void load() throws Exception {
        hourly = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"))).series();
        compiler = new BotCompiler();
    }

    @AfterAll
    static void close() {
        compiler.close();
    }

    static String javaScript(String bot) throws Exception {
        CompiledBot compiled = compiler.compile(Files.readString(Path.of("../bots", bot)));
        assertTrue(compiled.ok(), () -> bot + ": " + compiled.errors());
        return compiled.javascript();
    }

    static BacktestConfig config() {
        BotConfig bot = new BotConfig(List.of(BTC), RunInterval.H1, "bitfinex", "virtual", JsonObject.empty());
        return new BacktestConfig(bot, Map.of("USD", 10_000.0), new FillModel(0.002, 0.0005),
                Instant.parse("2021-10-01T00:00:00Z").toEpochMilli(), Instant.parse("2021-10-08T00:00:00Z")
                .toEpochMilli(), BacktestConfig.DEFAULT_WARMUP, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sma-cross.ts", "simple-limit.ts", "grid.ts", "stop-take.ts", "random-session.ts",
            "thrower.ts", "funds-error.ts"})
    void aPaperDeploymentTickedOverAPeriodEndsAsTheBacktestOfThatPeriod(String bot) throws Exception {
        String js = javaScript(bot);
        BacktestConfig config = config();
        Map<Pair, CandleSeries> candles = Map.of(BTC, hourly);
        String backtest;
        try (JvmBot jvm = JvmBot.load(js, LIMITS)) {
            backtest = Json.write(BacktestJson.write(Backtest.run(jvm.runtime(), config, candles, (d, t) -> { })));
        }
        long start = System.nanoTime();
        DeploymentReplay.Replay replay = DeploymentReplay.run(js, config, candles, (d, t) -> { }, LIMITS);
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonObject expected = Json.parse(backtest).asObject();
        JsonObject actual = Json.parse(replay.resultJson()).asObject();
        for (String key : List.of("orders", "balances", "equity", "stats", "state", "errors", "plots", "logs")) {
            assertEquals(Json.write(expected.get(key)), Json.write(actual.get(key)), bot + ": " + key);
        }
        assertEquals(backtest, replay.resultJson(), bot + ": the whole result file");
        int steps = expected.get("equity").asArray().size();
        assertEquals(steps, replay.outcomes().get(TickOutcome.Result.APPLIED), "one applied tick per backtest step");
        System.out.printf("paper parity %s: %d ticks, %d orders, identical; replay %.1f s (%.0f ticks/s)%n", bot, steps,
                expected.get("orders").asArray().size(), seconds, steps / seconds);
    }
}
