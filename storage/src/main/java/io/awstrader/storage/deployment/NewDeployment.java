package io.awstrader.storage.deployment;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.bot.VersionNumber;
import java.util.List;

/** What a deployment is created from. */
public record NewDeployment(String name, String botId, VersionNumber version, String exchangeAccountId,
        RunInterval runInterval, List<Pair> pairs, boolean active) {
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
    }
}
