package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The same bot on the same candles gives the same result file, byte for byte, on the JVM (GraalJS), in Node and in a
 * Chromium worker. One browser serves every test.
 */
class BacktestParityTest extends AcrossRuntimes {
    private static final String BOTS = BacktestCommandTest.BOTS;

    static Stream<Arguments> botsAndData() {
        List<Arguments> cases = new ArrayList<>();
        for (String bot : List.of("sma-cross", "throws-sometimes", "runtime-features", "limit-stop-orders")) {
            cases.add(Arguments.of(bot, "1h, last ~3000 candles", List.of("--from", "2021-08-01")));
            cases.add(Arguments.of(bot, "1d, the whole file resampled", List.of("--interval", "1d")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("botsAndData")
    void everyRuntimeWritesTheSameBytes(String bot, String data, List<String> options) throws Exception {
        Runs runs = inEveryRuntime(bot + "-" + data.hashCode(), (runtime, out) -> backtest(bot, runtime, out, options));
        CommandRun inNode = runs.node();
        CommandRun inChromium = runs.chromium();
        CommandRun inJvm = runs.jvm();
        Path node = runs.nodeFile();
        Path browser = runs.chromiumFile();
        Path jvm = runs.jvmFile();

        assertEquals(0, inNode.code(), inNode.printed());
        assertEquals(0, inChromium.code(), inChromium.printed());
        assertEquals(0, inJvm.code(), inJvm.printed());
        assertTrue(inChromium.err().contains("backtest (chromium) 100% ("), inChromium.err());
        assertSameBytes(Files.readAllBytes(node), Files.readAllBytes(browser), bot + " over " + data);
        assertSameBytes(Files.readAllBytes(node), Files.readAllBytes(jvm), bot + " over " + data + " (jvm)");
        checkBehaviour(bot, Json.parse(Files.readString(node)).asObject());
    }

    /** What each bot must have done, so identical bytes cannot come from both runtimes doing nothing. */
    private static void checkBehaviour(String bot, JsonObject result) {
        List<JsonValue> orders = result.get("orders").asArray().items();
        List<JsonValue> errors = result.get("errors").asArray().items();
        JsonObject state = result.get("state").asObject();
        switch (bot) {
            case "sma-cross" -> {
                assertTrue(orders.size() > 5, "the SMA cross trades: " + orders.size());
                assertEquals(0, errors.size());
            }
            case "throws-sometimes" -> {
                assertTrue(errors.size() > 10, "errors: " + errors.size());
                String all = Json.write(result.get("errors"));
                assertTrue(all.contains("every seventh candle fails"), all.substring(0, 300));
                assertTrue(all.contains("Cannot read properties of null (reading 'boom')"), all.substring(0, 300));
                assertTrue(all.contains("at check (bot.ts:") && all.contains("at onData (bot.ts:"), all.substring(0, 300));
                // a failed run's order and state are dropped together: every kept buy was counted
                assertEquals(orders.size(), (int) state.get("buys").asDouble());
            }
            case "runtime-features" -> {
                assertEquals("hello", state.get("label").asString());
                assertEquals(0.0, state.get("offset").asDouble(), "the bot runs in UTC");
                assertTrue(state.get("lastText").asString().contains("GMT+0000"), state.get("lastText").asString());
                assertEquals(50, state.get("draws").asArray().size());
                assertTrue(result.get("logs").asArray().size() > 3);
                assertTrue(result.get("plots").asArray().size() > 100);
            }
            case "limit-stop-orders" -> {
                String all = Json.write(result.get("orders"));
                assertTrue(all.contains("\"type\":\"limit\"") && all.contains("\"type\":\"stop\""));
                assertTrue(all.contains("\"status\":\"cancelled\"") && all.contains("\"status\":\"completed\""));
                assertTrue(state.get("cancelled").asDouble() > 10);
            }
            default -> throw new IllegalArgumentException(bot);
        }
    }

    @Test
    void brokenBotsFailWithTheSameMessageInBothRuntimes() {
        for (String bot : List.of("no-on-data", "syntax-error")) {
            CompletableFuture<CommandRun> nodeRun = CompletableFuture.supplyAsync(
                    () -> backtest(bot, "node", dir.resolve("broken.json"), List.of("--from", "2021-11-01")));
            CommandRun inChromium = backtest(bot, "chromium", dir.resolve("broken.json"), List.of("--from", "2021-11-01"));
            CommandRun inNode = nodeRun.join();

            assertEquals(1, inNode.code(), inNode.printed());
            assertEquals(1, inChromium.code(), inChromium.printed());
            String message = inNode.err().lines().filter(l -> l.startsWith("awstrader backtest: ")).findFirst()
                    .orElseThrow();
            assertTrue(message.contains(bot.equals("no-on-data") ? "the bot has no onData(input) function"
                    : "syntax error in the bot"), message);
            assertTrue(inChromium.err().contains(message), inChromium.printed());
        }
    }

    @Test
    void bothRuntimesStopABotThatNeverReturns() {
        List<String> options = List.of("--from", "2021-12-01", "--timeout", "2");
        CompletableFuture<CommandRun> nodeRun = CompletableFuture.supplyAsync(
                () -> backtest("endless-loop", "node", dir.resolve("endless.json"), options));
        CommandRun inChromium = backtest("endless-loop", "chromium", dir.resolve("endless.json"), options);
        CommandRun inNode = nodeRun.join();

        assertEquals(1, inNode.code(), inNode.printed());
        assertTrue(inNode.err().contains("node did not finish the backtest within 2 s"), inNode.printed());
        assertEquals(1, inChromium.code(), inChromium.printed());
        assertTrue(inChromium.err().contains("Chromium did not finish the backtest within 2 s"), inChromium.printed());
        // the shared browser stays usable after a stopped run
        CommandRun after = backtest("sma-cross", "chromium", dir.resolve("after.json"), List.of("--from", "2021-11-01"));
        assertEquals(0, after.code(), after.printed());
    }

    @Test
    void theWorkerGivesBotsNoNetwork() throws Exception {
        Path out = dir.resolve("network.json");

        CommandRun run = backtest("network", "chromium", out, List.of("--from", "2021-12-01"));

        assertEquals(0, run.code(), run.printed());
        List<String> lines = new ArrayList<>();
        for (JsonValue log : Json.parse(Files.readString(out)).asObject().get("logs").asArray().items()) {
            lines.add(log.asObject().get("message").asString());
        }
        assertEquals(11, lines.size(), lines.toString());
        for (String line : lines) {
            // gone from the bot's globals, as on the JVM (the last attempt walks the prototype chain to null)
            assertTrue(line.endsWith(" is not defined") || line.endsWith("Cannot read properties of null (reading 'fetch')"),
                    line);
        }
    }

    private static CommandRun backtest(String bot, String runtime, Path out, List<String> options) {
        List<String> args = new ArrayList<>(List.of("backtest", "--bot", BOTS + bot + ".js", "--candles",
                BacktestCommandTest.HOURLY, "--balances", "USD=10000,BTC=0", "--fees", "0.002", "--slippage", "0.0005",
                "--config", "label=hello", "--config", "threshold=0.5", "--runtime", runtime, "--out", out.toString()));
        args.addAll(options);
        return CommandRun.of(commands, args.toArray(String[]::new));
    }
}
