package io.awstrader.lambda.tick;

import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonString;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.exchange.ExchangeAccount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deployment's run settings as the engine reads a backtest's: the deployment's own ({@code fees},
 * {@code slippage}, {@code warmup}, {@code seed}, {@code config}) plus its pairs and interval, and the exchange
 * account's price source and initial balances (a real account's come from the exchange at its first tick). Read
 * through {@link BacktestJson}, so a deployment and a backtest with the same settings run the same engine
 * configuration.
 */
public final class RunSettings {
    /** The keys a deployment's settings may have. */
    public static final Set<String> KEYS = Set.of("fees", "slippage", "warmup", "seed", "config");

    private RunSettings() {
    }

    /**
     * The engine configuration of {@code deployment} on {@code account}.
     *
     * @throws IllegalArgumentException when a setting is unknown or of the wrong kind (the message names it)
     */
    public static BacktestConfig of(Deployment deployment, ExchangeAccount account) {
        return of(deployment.pairs(), deployment.runInterval(), deployment.settingsJson(), account);
    }

    /** The engine configuration of a deployment of {@code pairs} every {@code interval} with these settings. */
    public static BacktestConfig of(List<Pair> pairPicks, RunInterval interval, String settingsJson,
                                    ExchangeAccount account) {
        JsonObject settings = check(settingsJson);
        JsonObject.Builder all = JsonObject.builder();
        for (Map.Entry<String, JsonValue> e : settings.members().entrySet()) {
            all.put(e.getKey(), e.getValue());
        }
        List<JsonValue> pairs = new ArrayList<>();
        for (Pair pair : pairPicks) {
            pairs.add(new JsonString(pair.toString()));
        }
        JsonObject.Builder balances = JsonObject.builder();
        for (Map.Entry<String, Double> e : account.initialBalances().entrySet()) {
            balances.put(e.getKey(), e.getValue());
        }
        if (account.initialBalances().isEmpty() && !pairPicks.isEmpty()) {
            // a real account starts from what the exchange holds at the first tick (its book keeps that); the engine
            // only needs a balance to be named here
            balances.put(pairPicks.get(0).quote(), 0);
        }
        all.put("pairs", JsonArray.of(pairs)).put("runInterval", interval.code())
                .put("exchange", account.priceSource() == null ? account.provider() : account.priceSource())
                .put("exchangeType", account.isVirtual() ? "virtual" : "real")
                .put("balances", balances.build());
        return BacktestJson.readConfig(all.build());
    }

    /** Parses deployment settings and refuses keys other than {@link #KEYS}. */
    public static JsonObject check(String settingsJson) {
        JsonValue parsed = Json.parse(settingsJson);
        if (!(parsed instanceof JsonObject settings)) {
            throw new IllegalArgumentException("deployment settings must be a JSON object");
        }
        for (String key : settings.keys()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown deployment setting '" + key + "'; known: " + KEYS);
            }
        }
        return settings;
    }
}
