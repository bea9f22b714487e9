package io.awstrader.cli;

import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;

import java.time.Duration;
import java.util.Map;

/**
 * {@code --runtime jvm}: the engine on the JVM with the bot in GraalJS (the sandbox module's {@code SandboxedContext}),
 * as deployments run. Not wired yet: {@link #start} says so. To wire it, make {@link #AVAILABLE} true and implement
 * {@link #run} as {@code Json.write(BacktestJson.write(Backtest.run(new ScriptedBot(script, host),
 * BacktestJson.readConfig(settings), candles, progress)))} with the bot evaluated in a sandboxed GraalJS context.
 */
final class JvmRuntime implements BacktestRuntime {
    /** Whether the GraalJS runtime is wired in; {@code bench backtest} skips it until then. */
    static final boolean AVAILABLE = false;

    private JvmRuntime() {
    }

    static JvmRuntime start(Duration timeout) {
        throw new IllegalStateException("the jvm runtime is not available yet: it arrives with the sandbox module "
                + "(GraalJS); use --runtime node or --runtime chromium");
    }

    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress) {
        throw new IllegalStateException("the jvm runtime is not available yet");
    }
}
