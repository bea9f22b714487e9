package io.awstrader.cli;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.backtest.BacktestProgress;
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
     * The limits of a call into the bot: {@link SandboxLimits#BOT_CALL}, the same as the JavaScript runtimes keep
     * (backtest-supervisor.js). Time is CPU time, so a loaded machine does not turn slow first calls into bot errors.
     */
    static SandboxLimits limits() {
        return SandboxLimits.BOT_CALL;
    }

    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress) {
        try (JvmBot bot = JvmBot.load(botJs, limits())) {
            return BacktestJson.text(Backtest.run(bot.runtime(), BacktestJson.readConfig(settings),
                    candles, progress));
        }
    }
}
