package io.awstrader.cli;

import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.lambda.replay.DeploymentReplay;

import java.util.Map;

/** {@code deploy-replay}: the bot as a paper deployment ticked over the period ({@link DeploymentReplay}). */
final class ReplayRuntime implements BacktestRuntime {
    static final String NAME = "deploy-replay";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress) {
        return DeploymentReplay.run(botJs, BacktestJson.readConfig(settings), candles, progress, JvmRuntime.limits())
                .resultJson();
    }
}
