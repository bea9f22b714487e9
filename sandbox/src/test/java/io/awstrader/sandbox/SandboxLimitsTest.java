package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.bot.BotHaltedException;
import java.time.Duration;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

/** The watchdog's time and allocation limits, and what a memory bomb does to the sandbox and the JVM (-Xmx1g). */
class SandboxLimitsTest {

    /** Memory bombs get time enough that the allocation limit, not the clock, is what stops them. */
    private static final SandboxLimits BOMB_LIMITS = SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofSeconds(30));

    @Test
    void anEndlessLoopIsStoppedAndTheSandboxStaysUsable() {
        try (BotSandbox sandbox = BotSandbox.open(SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(300)))) {
            sandbox.evaluate("bot.js", "var ticks = 0;\nfunction onData() {\n  ticks++;\n  while (true) {}\n}");
            BotRunException e = assertThrows(BotRunException.class, () -> sandbox.call("onData"));
            assertEquals(BotRunException.Kind.TIME_LIMIT, e.kind());
            assertEquals("bot exceeded its time limit (300 ms)", e.getMessage());
            // Where it stopped depends on timing and the JIT: a limit error has no stack, in every runtime.
            assertEquals("", e.botStack());
            // State survives, and the next calls run (and are stopped) as before.
            assertEquals(1, sandbox.evaluate("bot.js", "ticks").asInt());
            assertThrows(BotRunException.class, () -> sandbox.call("onData"));
            assertEquals(2, sandbox.evaluate("bot.js", "ticks").asInt());
            assertTrue(sandbox.isOpen());
        }
    }

    @Test
    void theDefaultLimitIsTwoSecondsAndSaysSo() {
        try (BotSandbox sandbox = BotSandbox.open()) {
            BotRunException e = assertThrows(BotRunException.class, () -> sandbox.evaluate("bot.js", "for (;;) {}"));
            assertEquals("bot exceeded its time limit (2000 ms)", e.getMessage());
        }
    }

    @Test
    void botCodeCannotCatchTheInterrupt() {
        try (BotSandbox sandbox = BotSandbox.open(SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(200)))) {
            BotRunException e = assertThrows(BotRunException.class, () -> sandbox.evaluate("bot.js",
                    "for (;;) { try { while (true) {} } catch (e) {} finally { continue; } }"));
            assertEquals(BotRunException.Kind.TIME_LIMIT, e.kind());
        }
    }

    @Test
    void theTimeLimitCoversHostCallbacks() {
        try (BotSandbox sandbox = BotSandbox.open(SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(200)))) {
            sandbox.expose("indicator", (ProxyExecutable) args -> 1.0);
            BotRunException e = assertThrows(BotRunException.class,
                    () -> sandbox.evaluate("bot.js", "let s = 0; for (;;) { s += indicator(); }"));
            assertEquals(BotRunException.Kind.TIME_LIMIT, e.kind());
        }
    }

    @Test
    void aHostCallbackMayCallBackIntoTheBotUnderTheSameWatch() {
        try (BotSandbox sandbox = BotSandbox.open(SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(200)))) {
            // e.g. the engine calling a function the bot handed to it
            sandbox.expose("engine", (ProxyExecutable) args -> sandbox.call(args[0].asString(), 20).asInt() + 1);
            sandbox.evaluate("bot.js", "function double(x) { return 2 * x; }\nfunction spin() { for (;;) {} }");
            assertEquals(41, sandbox.evaluate("bot.js", "engine('double')").asInt());
            BotRunException e = assertThrows(BotRunException.class,
                    () -> sandbox.evaluate("bot.js", "try { engine('spin'); } catch (e) { 'caught'; }"));
            assertEquals(BotRunException.Kind.TIME_LIMIT, e.kind());
            assertEquals(42, sandbox.evaluate("bot.js", "engine('double') + 1").asInt());
        }
    }

    @Test
    void readingBotValuesRunsUnderTheWatchdogToo() {
        try (BotSandbox sandbox = BotSandbox.open(SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(200)))) {
            sandbox.evaluate("bot.js", "var state = { get price() { for (;;) {} } };");
            BotRunException e = assertThrows(BotRunException.class,
                    () -> sandbox.run(global -> global.getMember("state").getMember("price").asDouble()));
            assertEquals(BotRunException.Kind.TIME_LIMIT, e.kind());
        }
    }

    @Test
    void aHugeArrayIsStoppedBeforeItHarmsTheJvm() {
        BotSandbox sandbox = BotSandbox.open(BOMB_LIMITS);
        try {
            sandbox.evaluate("bot.js", "var kept = new Array(1000).fill(1);");
            // One builtin call that grows its array by doubling: the watchdog's sampling usually interrupts it past
            // 256 MB (the sandbox goes on); on a starved machine the heap may run out first, which halts the bot.
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> sandbox.evaluate("bot.js", "new Array(1e9).fill(0).length"));
            if (e instanceof BotRunException limit) {
                assertEquals(BotRunException.Kind.MEMORY_LIMIT, limit.kind());
                assertEquals("bot exceeded its memory limit (256 MB)", limit.getMessage());
                assertEquals("", limit.botStack());
                assertEquals(1000, sandbox.evaluate("bot.js", "kept.length").asInt());
            } else {
                BotHaltedException halted = assertInstanceOf(BotHaltedException.class, e);
                assertTrue(halted.getMessage().startsWith("bot exceeded its memory limit"), halted.getMessage());
                assertFalse(sandbox.isOpen());
            }
        } finally {
            sandbox.close();
        }
        assertTheJvmIsFine();
    }

    @Test
    void growingArraysInALoopBreakTheAllocationLimit() {
        try (BotSandbox sandbox = BotSandbox.open(BOMB_LIMITS)) {
            BotRunException e = assertThrows(BotRunException.class, () -> sandbox.evaluate("bot.js",
                    "const rows = [];\nfor (;;) {\n  rows.push(new Array(1000).fill(1.5));\n}"));
            assertEquals(BotRunException.Kind.MEMORY_LIMIT, e.kind());
        }
        assertTheJvmIsFine();
    }

    @Test
    void hugeStringsAndTypedArraysAreRangeErrorsAndCostNothing() {
        try (BotSandbox sandbox = BotSandbox.open(BOMB_LIMITS)) {
            for (String bomb : new String[] {"'x'.repeat(2 ** 29)", "'x'.repeat(2 ** 24 + 1)",
                    "new Array(2 ** 32 - 1).join('x')", "new Float64Array(2 ** 28)", "new ArrayBuffer(2 ** 30)"}) {
                BotRunException e = assertThrows(BotRunException.class, () -> sandbox.evaluate("bot.js", bomb));
                assertEquals(BotRunException.Kind.ERROR, e.kind(), bomb);
                assertTrue(e.getMessage().startsWith("RangeError"), bomb + " -> " + e.getMessage());
            }
            assertEquals(1 << 24, sandbox.evaluate("bot.js", "'x'.repeat(2 ** 24).length").asInt());
            assertTrue(sandbox.isOpen());
        }
    }

    @Test
    void withoutAnAllocationLimitTheHeapRunsOutTheBotIsHaltedAndTheJvmSurvives() {
        // The honest fallback: GraalJS CE has no heap limit, so a bomb the watchdog does not catch ends in the host's
        // OutOfMemoryError; the bot may hold what filled the heap, so its context is closed and the run cannot go on.
        BotSandbox sandbox = BotSandbox.open(BOMB_LIMITS.withAllocationLimit(Long.MAX_VALUE));
        BotHaltedException e = assertThrows(BotHaltedException.class,
                () -> sandbox.evaluate("bot.js", "new Array(1e9).fill(0).length"));
        assertTrue(e.getMessage().startsWith("bot exceeded its memory limit: the JVM ran out of heap"),
                e.getMessage());
        assertFalse(sandbox.isOpen());
        assertThrows(IllegalStateException.class, () -> sandbox.evaluate("bot.js", "1"));
        assertTheJvmIsFine();
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> SandboxLimits.BOT_CALL.withTimeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SandboxLimits.BOT_CALL.withAllocationLimit(0));
        assertThrows(IllegalArgumentException.class, () -> SandboxLimits.BOT_CALL.withMaxStringLength(-1));
    }

    private static void assertTheJvmIsFine() {
        byte[] block = new byte[64 << 20]; // the heap is free again
        assertEquals(64 << 20, block.length);
        try (BotSandbox fresh = BotSandbox.open()) {
            assertEquals(42, fresh.evaluate("bot.js", "6 * 7").asInt());
        }
    }
}
