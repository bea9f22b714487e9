package io.awstrader.cli;

import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;

import java.util.Map;

/**
 * Where a backtest's JavaScript bot runs: the engine (TeaVM build in Node or a Chromium worker, GraalJS on the JVM)
 * plus the bot. Every runtime takes the same inputs and returns the same result JSON, byte for byte.
 */
interface BacktestRuntime extends AutoCloseable {

    /** The name {@code --runtime} takes: jvm, node, chromium. */
    String name();

    /**
     * Runs one backtest and returns the engine's result JSON ({@code Json.write(BacktestJson.write(result))}),
     * exactly as the runtime produced it.
     *
     * @param botJs    the bot as plain JavaScript (see {@link BotSource})
     * @param settings the settings in the form {@code BacktestJson.readConfig} reads
     * @param candles  every pair's candles at the run interval, oldest first
     * @param progress told how far the run has come, on the caller's thread
     * @throws IllegalArgumentException when the bot or the settings are wrong (the message says what)
     * @throws IllegalStateException    when the runtime itself fails or times out
     */
    String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress)
            throws Exception;

    /** Milliseconds the last {@link #run} spent inside the runtime on the backtest itself (no start-up); NaN if unknown. */
    default double lastBacktestMillis() {
        return Double.NaN;
    }

    /** Frees what the runtime holds (processes, browser, temporary files). */
    @Override
    default void close() {
    }

    /**
     * How many times the last backtest was replayed to answer a call that broke its time or memory limit (JavaScript
     * runtimes stop such a call by ending their worker; see backtest-supervisor.js); 0 where calls are interrupted.
     */
    default int lastReplays() {
        return 0;
    }
}
