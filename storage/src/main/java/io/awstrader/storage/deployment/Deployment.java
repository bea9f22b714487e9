package io.awstrader.storage.deployment;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.bot.VersionNumber;
import java.time.Instant;
import java.util.List;

/**
 * A bot version running on an exchange account at a run interval. {@code stateJson} and {@code ordersJson} are
 * what one tick needs; the growing parts (logs, portfolio history, plot data) are the chunked details, read
 * apart with {@link DeploymentRepository#details}. {@code lastRunAt} is null before the first tick.
 */
public record Deployment(String accountId, String id, String name, String botId, VersionNumber version,
        String exchangeAccountId, RunInterval runInterval, List<Pair> pairs, boolean active, String stateJson,
        String ordersJson, Instant createdAt, Instant lastRunAt, long lockVersion) {
}
