package io.awstrader.cli;

import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;

import java.time.Duration;
import java.util.Map;

/** One Chromium shared by a test class's commands: each command borrows it, and its close leaves the browser running. */
final class SharedChromium {
    private SharedChromium() {
    }

    /** The command line's commands, whose backtests borrow {@code runtime} for {@code --runtime chromium}. */
    static Map<String, Command> commands(ChromiumRuntime runtime) {
        Map<String, Command> commands = Main.commands();
        commands.put("backtest", new BacktestCommand(new JavaScriptBotSource(),
                (name, timeout) -> name.equals("chromium") ? borrow(runtime, timeout)
                        : BacktestCommand.openRuntime(name, timeout)));
        return commands;
    }

    /** The browser as a command's runtime with the command's time limit. */
    private static BacktestRuntime borrow(ChromiumRuntime runtime, Duration timeout) {
        return new BacktestRuntime() {
            @Override
            public String name() {
                return runtime.name();
            }

            @Override
            public String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles,
                              BacktestProgress progress) {
                return runtime.run(botJs, settings, candles, progress, timeout);
            }
        };
    }
}
