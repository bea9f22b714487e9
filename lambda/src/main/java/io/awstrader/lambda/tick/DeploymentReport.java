package io.awstrader.lambda.tick;

import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.bot.RunCarry;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.lambda.brokerage.ExchangeBook;
import io.awstrader.lambda.brokerage.PaperBrokerage;
import io.awstrader.lambda.brokerage.TickSession;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.Storage;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.exchange.ExchangeAccount;

import java.util.Map;

/**
 * A deployment so far in a backtest's result form ({@link BacktestJson#write}): orders, balances, equity, the same
 * stats as a backtest's, plots, logs, state and errors; plus the recent tick records. What the app shows for a
 * deployment and what {@code deploy-replay} writes.
 */
public final class DeploymentReport {

    private DeploymentReport() {
    }

    /** The result of {@code d} with the engine configuration {@code config}; null before its first tick. */
    public static JsonObject result(Storage storage, Deployment d, BacktestConfig config) {
        if (d.carryJson() == null) {
            return null;
        }
        ExchangeAccount account = storage.exchanges().get(d.accountId(), d.exchangeAccountId())
                .orElseThrow(() -> new NotFoundException("exchange account " + d.exchangeAccountId() + " not found"));
        DeploymentDetails details = DeploymentDetails.read(storage.deployments().details(d));
        RunCarry carry = RunCarry.fromJson(Json.parse(d.carryJson()).asObject());
        if (account.isVirtual()) {
            TickSession session = new PaperBrokerage().open(d.id(), account, config.fills(), details.book());
            return BacktestJson.write(details.result(config, carry, session.gateway()));
        }
        // a real account: the saved book's orders and balances, its first tick's balances as the stats' baseline
        Map<String, Double> start = ExchangeBook.read(details.book()).startBalances();
        BacktestConfig real = start == null || start.isEmpty() ? config : new BacktestConfig(config.bot(), start,
                config.fills(), config.from(), config.to(), config.warmup(), config.seed());
        return BacktestJson.write(details.result(real, carry, ExchangeBook.view(details.book())));
    }

    /** As {@link #result(Storage, Deployment, BacktestConfig)} with the deployment's own settings. */
    public static JsonObject result(Storage storage, Deployment d) {
        ExchangeAccount account = storage.exchanges().get(d.accountId(), d.exchangeAccountId())
                .orElseThrow(() -> new NotFoundException("exchange account " + d.exchangeAccountId() + " not found"));
        return result(storage, d, RunSettings.of(d, account));
    }
}
