package io.awstrader.cli;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.sandbox.JvmBot;
import io.awstrader.sandbox.SandboxLimits;

import java.time.Duration;
import java.util.Map;

/**
 * {@code --runtime jvm}: the engine on the JVM with the bot in a GraalJS sandbox ({@link JvmBot}), as deployments
 * run it. Each bot call is limited to {@link SandboxLimits#BOT_CALL}'s time and allocation.
 */
final class JvmRuntime implements BacktestRuntime {
    /** Whether the GraalJS runtime is wired in (it is); {@code bench backtest} reads it. */
    static final boolean AVAILABLE = true;

    private JvmRuntime() {
    }

    static JvmRuntime start(Duration timeout) {
        return new JvmRuntime();
    }

    /**
     * {@link SandboxLimits#BOT_CALL}, with the time limit of the system property {@value #TIME_LIMIT_PROPERTY}
     * (milliseconds) when set: the test suites set a generous one, so that a loaded machine's slow first calls do
     * not turn into bot errors in one of two runs they compare.
     */
    static SandboxLimits limits() {
        String ms = System.getProperty(TIME_LIMIT_PROPERTY);
        return ms == null ? SandboxLimits.BOT_CALL
                : SandboxLimits.BOT_CALL.withTimeLimit(java.time.Duration.ofMillis(Long.parseLong(ms.trim())));
    }

    /** System property: a bot call's time limit in milliseconds, for the JVM runtimes of the command line. */
    static final String TIME_LIMIT_PROPERTY = "awstrader.botTimeLimitMs";

    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress) {
        try (JvmBot bot = JvmBot.load(botJs, limits())) {
            return Json.write(BacktestJson.write(Backtest.run(bot.runtime(), BacktestJson.readConfig(settings),
                    candles, progress)));
        }
    }
}
