package io.awstrader.storage.deployment;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.bot.VersionNumber;
import java.util.List;

/**
 * What a deployment is created from. {@code settingsJson} is a JSON object of run settings ({@code fees},
 * {@code slippage}, {@code warmup}, {@code seed}, {@code config}); the runtime checks its fields.
 */
public record NewDeployment(String name, String botId, VersionNumber version, String exchangeAccountId,
        RunInterval runInterval, List<Pair> pairs, boolean active, String settingsJson) {
    public NewDeployment {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("deployment name must be 1 to 100 characters");
        }
        if (version == null || runInterval == null) {
            throw new IllegalArgumentException("deployment needs a bot version and a run interval");
        }
        if (pairs == null || pairs.isEmpty()) {
            throw new IllegalArgumentException("deployment needs at least one pair");
        }
        pairs = List.copyOf(pairs);
        if (settingsJson == null || settingsJson.isBlank()) {
            settingsJson = "{}";
        }
        if (settingsJson.length() > 64 * 1024) {
            throw new IllegalArgumentException("deployment settings are over 64 KB");
        }
    }

    /** A deployment with default settings. */
    public NewDeployment(String name, String botId, VersionNumber version, String exchangeAccountId,
            RunInterval runInterval, List<Pair> pairs, boolean active) {
        this(name, botId, version, exchangeAccountId, runInterval, pairs, active, "{}");
    }
}
