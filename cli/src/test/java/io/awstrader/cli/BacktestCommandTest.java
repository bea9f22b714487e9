package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Resampler;
import io.awstrader.engine.market.RunInterval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The backtest command's options, inputs and errors, run on the Node runtime (the parity with Chromium: BacktestParityTest). */
class BacktestCommandTest {
    static final String HOURLY = "../data/candles/Bitfinex_BTCUSD_1h.csv";
    static final String BOTS = "src/test/resources/bots/";

    @TempDir
    static Path dir;
    /** The whole hourly file resampled to 1d and written without a symbol column. */
    static Path daily;

    @BeforeAll
    static void writeDailyFile() throws Exception {
        CandleSeries hourly = CandleCsv.parse(Files.readString(Path.of(HOURLY))).series();
        daily = dir.resolve("daily.csv");
        Files.writeString(daily, CandleCsv.write(Resampler.resample(hourly, RunInterval.D1)));
    }

    /** The arguments of a good run, with options replaced ({@code --name value}), removed (value null) or added. */
    private static String[] args(String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of("backtest", "--bot", BOTS + "sma-cross.js", "--candles",
                HOURLY, "--balances", "USD=10000", "--from", "2021-08-01", "--runtime", "node", "--out",
                dir.resolve("result.json").toString()));
        for (int i = 0; i < extra.length; i += 2) {
            int at = all.indexOf(extra[i]);
            if (at >= 0 && extra[i + 1] == null) {
                all.remove(at + 1);
                all.remove(at);
            } else if (at >= 0) {
                all.set(at + 1, extra[i + 1]);
            } else {
                all.add(extra[i]);
                all.add(extra[i + 1]);
            }
        }
        return all.toArray(String[]::new);
    }

    @Test
    void runsABotWritesTheResultAndSummarizesIt() throws Exception {
        Path out = dir.resolve("sma.json");

        CommandRun run = CommandRun.of(concat(args("--out", out.toString(), "--fees", "0.002", "--slippage", "0.0005",
                "--pairs", "btc/usd", "--interval", "1h"), "--config", "label=hello", "--config", "fast=14",
                "--config", "live=false", "--config", "code=007", "--config", "note=a=b"));

        assertEquals(0, run.code(), run.printed());
        JsonObject result = Json.parse(Files.readString(out)).asObject();
        JsonObject config = result.get("config").asObject();
        // the canonical settings every runtime gets: BacktestJson.writeConfig's form, dates as epoch ms
        assertEquals("{\"pairs\":[\"BTC/USD\"],\"runInterval\":\"1h\",\"exchange\":\"bitfinex\",\"exchangeType\":"
                + "\"virtual\",\"balances\":{\"USD\":10000},\"fees\":0.002,\"slippage\":0.0005,\"from\":1627776000000,"
                + "\"to\":null,\"warmup\":200,\"seed\":1,\"config\":{\"label\":\"hello\",\"fast\":14,\"live\":false,"
                + "\"code\":\"007\",\"note\":\"a=b\"}}", Json.write(config));
        assertFalse(result.get("orders").asArray().items().isEmpty(), "the SMA cross trades");
        assertEquals(0, result.get("errors").asArray().size());
        // compact, as the engine writes it
        assertFalse(Files.readString(out).contains("\n"));
        assertTrue(run.out().contains("backtest of BTC/USD at 1h: 3,094 steps"), run.out());
        assertTrue(run.out().contains("net profit:") && run.out().contains("max drawdown:"), run.out());
        assertTrue(run.out().contains("errors:       0") && run.out().contains("result:       " + out), run.out());
        // not a terminal: a plain line every 10%
        assertTrue(run.err().contains("backtest (node) 10% (") && run.err().contains("backtest (node) 100% (3,094/3,094"),
                run.err());
        assertFalse(run.err().contains("\r"), run.err());
    }

    @Test
    void aDailyFileGivesTheSameResultAsHourlyCandlesResampledToDaily() throws Exception {
        Path fromDaily = dir.resolve("from-daily.json");
        Path resampled = dir.resolve("resampled.json");

        CommandRun a = CommandRun.of(args("--candles", "BTC/USD=" + daily, "--from", null, "--interval", "1d",
                "--out", fromDaily.toString()));
        CommandRun b = CommandRun.of(args("--from", null, "--interval", "1d", "--out", resampled.toString()));

        assertEquals(0, a.code(), a.printed());
        assertEquals(0, b.code(), b.printed());
        assertTrue(b.err().contains("BTC/USD: resampled 31260 1h candles to 1302 1d candles"), b.err());
        assertArrayEquals(Files.readAllBytes(fromDaily), Files.readAllBytes(resampled));
    }

    @Test
    void runsSeveralPairsOverAPeriod() throws Exception {
        Path out = dir.resolve("two-pairs.json");

        CommandRun run = CommandRun.of(concat(args("--interval", "1d", "--from", "2021-01-01", "--to",
                "2021-03-31T00:00:00Z", "--balances", "USD=10000,BTC=0.5,ETH=0", "--out", out.toString()),
                "--candles", "ETH/USD=" + daily));

        assertEquals(0, run.code(), run.printed());
        JsonObject result = Json.parse(Files.readString(out)).asObject();
        assertEquals("[\"BTC/USD\",\"ETH/USD\"]", Json.write(result.get("config").asObject().get("pairs")));
        assertEquals("{\"BTC\":0.5,\"ETH\":0,\"USD\":10000}",
                Json.write(result.get("config").asObject().get("balances")));
        // one step a day from January 1st to March 31st, both included
        assertEquals(31 + 28 + 31, result.get("equity").asArray().size());
        assertTrue(run.out().contains("backtest of BTC/USD, ETH/USD at 1d: 90 steps"), run.out());
    }

    @Test
    void badInputIsACleanErrorWithTheReason() throws Exception {
        Path ts = dir.resolve("bot.ts");
        Files.writeString(ts, "function onData(input: any) {\n  const x: number = ;\n}\n");
        Object[][] cases = {
                {2, "--bot is required", args("--bot", null)},
                {2, "--candles is required", args("--candles", null)},
                {2, "--balances is required", args("--balances", null)},
                {2, "--out is required", args("--out", null)},
                {1, "does not exist", args("--out", dir.resolve("no/such/folder/result.json").toString())},
                {1, "no candles for ETH/USD: the candle files hold [BTC/USD]; add --candles ETH/USD=FILE.csv",
                        args("--pairs", "ETH/USD")},
                {1, "all pairs must share one quote asset", concat(args("--interval", "1d", "--pairs", "BTC/USD,ETH/BTC"),
                        "--candles", "ETH/BTC=" + daily)},
                {2, "--balances takes ASSET=AMOUNT pairs", args("--balances", "USD")},
                {2, "the amount of USD must be a number >= 0, got 'lots'", args("--balances", "USD=lots")},
                {2, "the amount of USD must be a number >= 0, got '-5'", args("--balances", "USD=-5")},
                {2, "--balances names USD twice", args("--balances", "USD=1,usd=2")},
                {1, "the BTC/USD candles are 1d, coarser than --interval 1h",
                        args("--candles", "BTC/USD=" + daily, "--interval", "1h")},
                {2, "--interval: unknown run interval '2h'", args("--interval", "2h")},
                {2, "--fees must be a fraction from 0 up to 1", args("--fees", "2")},
                {2, "--slippage must be a fraction", args("--slippage", "abc")},
                {2, "--from must be a UTC date yyyy-mm-dd or an ISO timestamp", args("--from", "2021-13-01")},
                {1, "the backtest ends before it starts", args("--to", "2021-01-01")},
                {2, "--warmup must be at least 1", args("--warmup", "0")},
                {2, "--config takes KEY=VALUE", args("--config", "novalue")},
                {2, "--runtime must be one of jvm, node, chromium, got 'rust'", args("--runtime", "rust")},
                {1, "the bot does not compile:\nbot.ts:2:", args("--bot", ts.toString())},
                {1, "bot file not found", args("--bot", "missing.js")},
                {1, "candle file not found", args("--candles", "missing.csv")},
                {2, "unknown option --frobnicate", args("--frobnicate", "1")},
                {2, "unexpected argument 'extra'", concat(args(), "extra")},
        };
        for (Object[] c : cases) {
            CommandRun run = CommandRun.of((String[]) c[2]);
            assertEquals(c[0], run.code(), String.join(" ", (String[]) c[2]) + "\n" + run.printed());
            assertTrue(run.err().contains((String) c[1]), "expected '" + c[1] + "' in\n" + run.printed());
        }
    }

    @Test
    void botFailuresNameTheProblem() {
        CommandRun noOnData = CommandRun.of(args("--bot", BOTS + "no-on-data.js"));
        CommandRun syntax = CommandRun.of(args("--bot", BOTS + "syntax-error.js"));

        assertEquals(1, noOnData.code(), noOnData.printed());
        assertTrue(noOnData.err().contains("awstrader backtest: the bot has no onData(input) function"), noOnData.printed());
        assertEquals(1, syntax.code(), syntax.printed());
        assertTrue(syntax.err().contains("awstrader backtest: syntax error in the bot: Unexpected token ';'"),
                syntax.printed());
    }

    @Test
    void datesAreUtcDaysOrIsoTimestamps() {
        assertEquals(1609459200000.0, time("2021-01-01"));
        assertEquals(1609502400000.0, time("2021-01-01T12:00:00Z"));
        assertEquals(1609502400000.0, time("2021-01-01T12:00"));
        assertEquals(1609502400000.0, time("2021-01-01 12:00:00"));
        assertEquals(1609495200000.0, time("2021-01-01T12:00:00+02:00"));
        assertThrows(UsageException.class, () -> time("01/01/2021"));
    }

    @Test
    void configValuesKeepNumbersAndBooleans() {
        assertEquals("{\"a\":1.5,\"b\":true,\"c\":\"TRUE\",\"d\":\"\",\"e\":\"1e\",\"f\":-20,\"g\":\" x \"}",
                Json.write(BacktestCommand.extraConfig(List.of("a=1.5", "b=true", "c=TRUE", "d=", "e=1e", "f=-2e1",
                        "g= x "))));
        assertThrows(UsageException.class, () -> BacktestCommand.extraConfig(List.of("a=1", "a=2")));
        assertThrows(UsageException.class, () -> BacktestCommand.extraConfig(List.of("=1")));
    }

    @Test
    void helpListsEveryOption() {
        CommandRun run = CommandRun.of("backtest", "--help");
        assertEquals(0, run.code());
        for (String option : List.of("--bot", "--candles", "--pairs", "--interval", "--balances", "--fees", "--slippage",
                "--from", "--to", "--warmup", "--seed", "--config", "--runtime", "--timeout", "--out")) {
            assertTrue(run.out().contains(option + " "), option + " missing from help");
        }
    }

    private static double time(String text) {
        return BacktestCommand.time(CommandLine.parse(new String[] {"--from", text}, Set.of("from"), Set.of()), "from")
                .asDouble();
    }

    private static String[] concat(String[] args, String... extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return all;
    }
}
