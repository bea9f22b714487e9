package io.awstrader.lambda.replay;

import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.TickHandler;
import io.awstrader.lambda.market.SeriesCandles;
import io.awstrader.lambda.tick.DeploymentReport;
import io.awstrader.lambda.tick.TickOutcome;
import io.awstrader.sandbox.SandboxLimits;
import io.awstrader.storage.Database;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.crypto.MasterKey;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.deployment.NewDeployment;
import io.awstrader.storage.exchange.ExchangeAccount;
import io.awstrader.storage.item.Ids;

import java.time.Clock;
import java.util.Map;

/**
 * A paper deployment ticked over history: a simulated clock drives the real {@link TickHandler} at every candle close
 * of the period, on DynamoDB Local in this process, with a virtual account fed the given candles. Its result has a
 * backtest's form, so the two can be compared byte for byte ({@code ./awstrader deploy-replay}).
 */
public final class DeploymentReplay {

    private DeploymentReplay() {
    }

    /** What a replay produced: the result JSON and the tick outcomes counted by kind. */
    public record Replay(String resultJson, Map<TickOutcome.Result, Integer> outcomes, Deployment deployment) {
    }

    /**
     * Replays {@code botJs} over {@code candles} with {@code config}'s settings and period; a bot error never pauses
     * it ({@code maxErrors} is unbounded), as a backtest goes on after one.
     */
    public static Replay run(String botJs, BacktestConfig config, Map<Pair, CandleSeries> candles,
                             BacktestProgress progress) {
        return run(botJs, config, candles, progress, SandboxLimits.BOT_CALL);
    }

    /** As {@link #run(String, BacktestConfig, Map, BacktestProgress)} with these limits per bot call. */
    public static Replay run(String botJs, BacktestConfig config, Map<Pair, CandleSeries> candles,
                             BacktestProgress progress, SandboxLimits limits) {
        try (Storage storage = new Storage(Database.inMemory(), MasterKey.random(), Clock.systemUTC());
             DeploymentRuntime runtime = new DeploymentRuntime(storage, new SeriesCandles(candles), Integer.MAX_VALUE,
                     Clock.systemUTC(), limits)) {
            String account = storage.accounts().create(Ids.newId() + "@replay.invalid", "no password").id();
            String botId = storage.bots().create(account, "replay").id();
            BotVersion version = storage.versions().createMajor(account, botId);
            storage.versions().update(account, botId, version.number(), "", botJs, "[]", version.lockVersion());
            ExchangeAccount paper = storage.exchanges().createVirtual(account, "Paper", config.bot().exchange(),
                    config.initialBalances());
            JsonObject settings = JsonObject.builder().put("fees", config.fills().feeRate())
                    .put("slippage", config.fills().slippageRate()).put("warmup", config.warmup())
                    .put("seed", config.seed()).put("config", config.bot().extra()).build();
            Deployment deployment = storage.deployments().create(account, new NewDeployment("replay", botId,
                    version.number(), paper.id(), config.bot().runInterval(), config.bot().pairs(), true,
                    Json.write(settings)));

            TickHandler handler = new TickHandler(runtime);
            double interval = config.bot().runInterval().millis();
            double[] period = ReplayClock.period(config, candles);
            Map<TickOutcome.Result, Integer> outcomes = new java.util.EnumMap<>(TickOutcome.Result.class);
            int steps = (int) Math.round((period[1] - period[0]) / interval) + 1;
            int step = 0;
            for (double open = period[0]; open <= period[1]; open += interval) {
                TickOutcome outcome = handler.tick(account, deployment.id(), open + interval, false);
                if (outcome.result() == TickOutcome.Result.FAILED) {
                    throw new IllegalStateException("replay tick at " + (long) (open + interval) + " failed: "
                            + outcome.message());
                }
                outcomes.merge(outcome.result(), 1, Integer::sum);
                progress.onProgress(++step, steps);
            }

            Deployment last = storage.deployments().require(account, deployment.id());
            String result = Json.write(DeploymentReport.result(storage, last, config));
            return new Replay(result, outcomes, last);
        }
    }
}
