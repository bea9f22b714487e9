package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The parity suite: every sample bot of {@code bots/} (TypeScript, compiled once by the platform's compiler), over the
 * real hourly Bitfinex candles and over the whole file resampled to daily, gives byte-identical result files on the
 * JVM (GraalJS), in Node and in a Chromium worker. Together the bots use every order type, cancels, two pairs, state,
 * the plotter, the console, every indicator and candlestick pattern, Math.random and Date, and one throws on purpose.
 *
 * <p>The second pair, ETH/USD, is synthetic (BTC/USD's candles scaled by 1/15, so it moves like a real pair with its
 * own price level): the project ships real candles for BTC/USD only.
 */
class SampleBotsParityTest {
    private static final Path SAMPLES = Path.of("../bots");
    private static ChromiumRuntime chromium;
    private static Map<String, Command> commands;
    private static Path dir;
    private static Path eth;

    @BeforeAll
    static void start() throws Exception {
        chromium = ChromiumRuntime.start(Duration.ofMinutes(3));
        commands = SharedChromium.commands(chromium);
        dir = Files.createTempDirectory("awstrader-samples-");
        eth = dir.resolve("ETHUSD_1h.csv");
        Files.writeString(eth, CandleCsv.write(syntheticEth()));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (dir != null) {
            EngineFolder.delete(dir);
        }
    }

    static Stream<Arguments> botsAndData() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path bot : files.filter(f -> f.toString().endsWith(".ts")).sorted().toList()) {
                String name = bot.getFileName().toString();
                cases.add(Arguments.of(name, "1h, Oct-Dec 2021", List.of("--from", "2021-10-01")));
                cases.add(Arguments.of(name, "1d, the whole file", List.of("--interval", "1d")));
            }
        }
        assertTrue(cases.size() >= 20, "at least 10 sample bots");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("botsAndData")
    void sameBytesOnTheJvmInNodeAndInChromium(String bot, String data, List<String> options) throws Exception {
        String base = bot.replace(".ts", "") + "-" + (data.startsWith("1h") ? "1h" : "1d");
        Path node = dir.resolve(base + "-node.json");
        Path browser = dir.resolve(base + "-chromium.json");
        Path jvm = dir.resolve(base + "-jvm.json");

        CompletableFuture<CommandRun> nodeRun = CompletableFuture.supplyAsync(() -> backtest(bot, "node", node,
                options));
        CommandRun inChromium = backtest(bot, "chromium", browser, options);
        CommandRun inNode = nodeRun.join();
        CommandRun inJvm = backtest(bot, "jvm", jvm, options);

        assertEquals(0, inNode.code(), inNode.printed());
        assertEquals(0, inChromium.code(), inChromium.printed());
        assertEquals(0, inJvm.code(), inJvm.printed());
        byte[] expected = Files.readAllBytes(node);
        AcrossRuntimes.assertSameBytes(expected, Files.readAllBytes(browser), bot + " over " + data + ": chromium differs");
        AcrossRuntimes.assertSameBytes(expected, Files.readAllBytes(jvm), bot + " over " + data + ": jvm differs");

        JsonObject result = Json.parse(new String(expected, java.nio.charset.StandardCharsets.UTF_8)).asObject();
        List<JsonValue> errors = result.get("errors").asArray().items();
        if (bot.equals("thrower.ts")) {
            assertTrue(errors.size() > 0, "the thrower throws");
        } else {
            assertEquals(0, errors.size(), bot + " has bot errors: " + (errors.isEmpty() ? "" : errors.get(0)));
        }
        assertTrue(result.get("orders").asArray().size() > 0, bot + " places orders");
    }

    private static CommandRun backtest(String bot, String runtime, Path out, List<String> options) {
        List<String> args = new ArrayList<>(List.of("backtest", "--bot", SAMPLES.resolve(bot).toString(),
                "--candles", BacktestCommandTest.HOURLY, "--candles", "ETH/USD=" + eth, "--balances",
                "USD=10000,BTC=0,ETH=0", "--fees", "0.001", "--slippage", "0.0005", "--runtime", runtime, "--out",
                out.toString()));
        args.addAll(options);
        return CommandRun.of(commands, args.toArray(String[]::new));
    }

    private static CandleSeries syntheticEth() throws IOException {
        CandleSeries btc = CandleCsv.parse(Files.readString(Path.of(BacktestCommandTest.HOURLY))).series();
        CandleSeries out = new CandleSeries(Pair.parse("ETH/USD"), RunInterval.H1, btc.size());
        for (int i = 0; i < btc.size(); i++) {
            out.add(btc.time(i), btc.open(i) / 15, btc.high(i) / 15, btc.low(i) / 15, btc.close(i) / 15,
                    btc.volume(i) * 15);
        }
        return out;
    }
}
