package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of runaway call is stopped, whether it is the bot's first call or comes after thousands of warm calls that
 * let GraalJS compile the function (and on-stack-replace its loop): the surefire JVM runs with the launcher's
 * optimizing-runtime flags, as {@code ./awstrader} and the server do. After the limit error, the same sandbox goes on
 * answering.
 */
class RunawayCallsTest {
    /** Warm calls before the runaway one: enough for the optimizing runtime to compile {@code onData}. */
    private static final int WARM_CALLS = 5_000;
    /** Allocation loops get time enough that the allocation limit, not the clock, is what stops them. */
    private static final SandboxLimits LIMITS = SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMillis(500));
    private static final SandboxLimits ALLOCATION_LIMITS = LIMITS.withTimeLimit(Duration.ofSeconds(30));

    private static final String BOT = """
            var calls = 0;
            var state = { n: 0 };
            function work(k) { let s = 0; for (let i = 0; i < 50; i++) s += (i * k) % 7; return s; }
            function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
            function onData(runawayAt, kind) {
              calls++;
              let s = work(calls);
              if (calls !== runawayAt) return s;
              switch (kind) {
                case 'empty-loop': while (true) {}
                case 'loop-with-body': for (let i = 0; ; i++) { s = (s + work(i)) % 1000; }
                case 'recursion': return fib(60);
                case 'string-ops': for (;;) { s += 'abcdefgh'.repeat(1 << 16).split('').reverse().join('').length; }
                case 'array-ops': for (;;) { s += new Array(1 << 16).fill(1).map((x, i) => x + i).sort((a, b) => b - a)[0]; }
                case 'getter': state = { get n() { for (;;) {} } }; return JSON.stringify(state);
                case 'to-json': state.toJSON = function () { while (true) {} }; return JSON.stringify(state);
                case 'allocation': { const a = []; while (true) a.push(new Float64Array(1 << 20)); }
                case 'allocation-kept': { globalThis.kept = []; while (true) kept.push(new Array(1 << 16).fill(calls)); }
              }
            }
            """;

    @ParameterizedTest(name = "{0} after {1} calls")
    @CsvSource({
        "empty-loop, 1, TIME_LIMIT", "empty-loop, " + WARM_CALLS + ", TIME_LIMIT",
        "loop-with-body, 1, TIME_LIMIT", "loop-with-body, " + WARM_CALLS + ", TIME_LIMIT",
        "recursion, 1, EITHER", "recursion, " + WARM_CALLS + ", EITHER",
        "string-ops, 1, EITHER", "string-ops, " + WARM_CALLS + ", EITHER",
        "array-ops, 1, EITHER", "array-ops, " + WARM_CALLS + ", EITHER",
        "getter, 1, TIME_LIMIT", "getter, " + WARM_CALLS + ", TIME_LIMIT",
        "to-json, 1, TIME_LIMIT", "to-json, " + WARM_CALLS + ", TIME_LIMIT",
        "allocation, 1, MEMORY_LIMIT", "allocation, " + WARM_CALLS + ", MEMORY_LIMIT",
        "allocation-kept, 1, MEMORY_LIMIT", "allocation-kept, " + WARM_CALLS + ", MEMORY_LIMIT",
    })
    void aRunawayCallIsStoppedAndTheNextCallRuns(String kind, int runawayAt, String expected) {
        // Loops that make garbage as they run (recursion in the interpreter, string and array work) may reach the
        // allocation limit before the time limit: either stops them.
        try (BotSandbox sandbox = BotSandbox.open(expected.equals("MEMORY_LIMIT") ? ALLOCATION_LIMITS : LIMITS)) {
            sandbox.evaluate("bot.js", BOT);
            for (int i = 1; i < runawayAt; i++) {
                sandbox.call("onData", runawayAt, kind);
            }
            BotRunException e = assertThrows(BotRunException.class, () -> sandbox.call("onData", runawayAt, kind));
            if (!expected.equals("EITHER")) {
                assertEquals(BotRunException.Kind.valueOf(expected), e.kind(), e.getMessage());
            }
            assertEquals(e.kind() == BotRunException.Kind.TIME_LIMIT ? "bot exceeded its time limit (500 ms)"
                    : "bot exceeded its memory limit (256 MB)", e.getMessage());
            assertTrue(e.limitBroken());
            assertTrue(sandbox.isOpen());
            sandbox.call("onData", runawayAt, kind);
            assertEquals(runawayAt + 1, sandbox.evaluate("bot.js", "calls").asInt());
        }
    }
}
