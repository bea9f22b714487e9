package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.sandbox.JsEngines;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bots that misbehave, in every runtime as users run them (the JVM with the launcher's optimizing-runtime flags, Node,
 * a Chromium worker): runaway loops and allocation loops in the first call and after more than a thousand warm calls,
 * every way out of the sandbox, and the global names bot code sees. Each ends the same way everywhere, byte for byte:
 * a bot error at that candle, the run going on to the end, later candles still trading, nothing written outside.
 */
class SandboxProbesTest extends AcrossRuntimes {
    private static final String BOTS = BacktestCommandTest.BOTS;
    private static final long HOUR = 3_600_000L;
    /** The first step of a run from 2021-01-01 over the hourly file: its newest candle opens at midnight. */
    private static final long FIRST = 1_609_459_200_000L;
    /** A step after 1,100 warm calls: GraalJS has compiled onData by then. */
    private static final long WARM = FIRST + 1_100 * HOUR;
    private static final List<String> PERIOD = List.of("--from", "2021-01-01", "--to", "2021-03-01");
    private static final int STEPS = 1_417;

    @Test
    void theJvmRunsBotsAsTheLauncherDoes() {
        // surefire passes sandbox/target/jvm-flags.txt, as ./awstrader does on the JDK the compiler is pinned to
        assertTrue(JsEngines.isOptimizing() || !Runtime.version().toString().startsWith("25.0.3"),
                "GraalJS should run with the optimizing runtime on JDK " + Runtime.version());
    }

    @Test
    void runawayCallsEndWithTheLimitErrorAndTheRunGoesOnInEveryRuntime() throws Exception {
        JsonObject result = sameEverywhere("runaway-probes", List.of(
                "--config", "loopAt=" + FIRST + "," + WARM,
                "--config", "allocAt=" + (FIRST + HOUR) + "," + (WARM + 100 * HOUR)));

        List<JsonValue> errors = result.get("errors").asArray().items();
        assertEquals(List.of(
                error(FIRST, "bot exceeded its time limit (2000 ms)"),
                error(FIRST + HOUR, "bot exceeded its memory limit (256 MB)"),
                error(WARM, "bot exceeded its time limit (2000 ms)"),
                error(WARM + 100 * HOUR, "bot exceeded its memory limit (256 MB)")),
                errors.stream().map(e -> e.asObject().get("time").asDouble() + " " + e.asObject().get("message")
                        .asString() + " [" + e.asObject().get("stack").asString() + "]").toList());
        assertEquals(STEPS - 4, result.get("state").asObject().get("calls").asDouble(), "every other call ran");
        double lastError = WARM + 101 * HOUR;
        assertTrue(orderTimes(result).stream().anyMatch(t -> t > lastError), "later candles still trade");
        assertTrue(result.get("logs").asArray().items().isEmpty(), "what stopped calls logged is dropped");
    }

    @Test
    void noWayOutWorksInAnyRuntime() throws Exception {
        Path marker = dir.resolve("escaped.txt");
        JsonObject result = sameEverywhere("escapes", List.of("--config", "from=" + FIRST + "," + WARM,
                "--config", "marker=" + marker));

        List<JsonValue> errors = result.get("errors").asArray().items();
        List<String> messages = errors.stream().map(e -> e.asObject().get("message").asString()).toList();
        List<String> expected = List.of("process is not defined", "process is not defined", "require is not defined",
                "Cannot read properties of undefined (reading 'exit')",
                "Cannot read properties of undefined (reading 'exit')", "process is not defined",
                "process is not defined", "global is not defined", "Buffer is not defined",
                "setTimeout is not defined", "queueMicrotask is not defined", "Java is not defined",
                "Polyglot is not defined", "load is not defined", "fetch is not defined",
                "XMLHttpRequest is not defined", "importScripts is not defined", "WebSocket is not defined",
                "postMessage is not defined", "self is not defined", "SharedArrayBuffer is not defined",
                "WebAssembly is not defined", "performance is not defined", "dynamic import gave a function");
        List<String> twice = new ArrayList<>(expected);
        twice.addAll(expected);
        assertEquals(twice, messages, "each escape, in the first calls and after 1,100 warm calls");
        assertFalse(Files.exists(marker), "no escape wrote a file");
        assertEquals(STEPS - twice.size(), result.get("state").asObject().get("calls").asDouble());
        assertTrue(orderTimes(result).stream().anyMatch(t -> t > WARM + expected.size() * HOUR),
                "later candles still trade");
    }

    @Test
    void botsSeeTheSameGlobalsInEveryRuntime() throws Exception {
        JsonObject result = sameEverywhere("globals", List.of());

        String listed = result.get("logs").asArray().items().get(0).asObject().get("message").asString();
        List<String> names = List.of(listed.split(" ")).stream().map(entry -> entry.substring(0, entry.indexOf(':')))
                .toList();
        for (String hostGlobal : List.of("process", "require", "module", "Buffer", "global", "self", "fetch",
                "postMessage", "importScripts", "setTimeout", "setInterval", "queueMicrotask", "performance",
                "SharedArrayBuffer", "Atomics", "WebAssembly", "WeakRef", "FinalizationRegistry", "Java", "Polyglot",
                "Graal", "print", "load", "awstraderBotApi", "navigator", "location", "onmessage", "close")) {
            assertFalse(names.contains(hostGlobal), hostGlobal + " is visible to bots: " + listed);
        }
        assertTrue(listed.contains("Math:object") && listed.contains("console:object") && listed.contains("Date:function"),
                listed);
    }

    /** Runs the bot in every runtime; the three result files must be the same bytes. Returns the result. */
    private static JsonObject sameEverywhere(String bot, List<String> options) throws Exception {
        Runs runs = inEveryRuntime(bot, (runtime, out) -> backtest(bot, runtime, out, options));
        assertEquals(0, runs.jvm().code(), runs.jvm().printed());
        assertEquals(0, runs.node().code(), runs.node().printed());
        assertEquals(0, runs.chromium().code(), runs.chromium().printed());
        byte[] jvm = Files.readAllBytes(runs.jvmFile());
        assertSameBytes(jvm, Files.readAllBytes(runs.nodeFile()), bot + ": node differs from the JVM");
        assertSameBytes(jvm, Files.readAllBytes(runs.chromiumFile()), bot + ": chromium differs from the JVM");
        return Json.parse(Files.readString(runs.jvmFile())).asObject();
    }

    private static CommandRun backtest(String bot, String runtime, Path out, List<String> options) {
        List<String> args = new ArrayList<>(List.of("backtest", "--bot", BOTS + bot + ".js", "--candles",
                BacktestCommandTest.HOURLY, "--balances", "USD=10000,BTC=1", "--runtime", runtime,
                "--out", out.toString()));
        args.addAll(PERIOD);
        args.addAll(options);
        return CommandRun.of(commands, args.toArray(String[]::new));
    }

    /** An error as the assertion lists it: the candle's close (the run's time), the message, no stack. */
    private static String error(long candleOpen, String message) {
        return (double) (candleOpen + HOUR) + " " + message + " []";
    }

    private static List<Double> orderTimes(JsonObject result) {
        return result.get("orders").asArray().items().stream().map(o -> o.asObject().get("createdAt").asDouble())
                .toList();
    }
}
