package io.awstrader.storage.backtest;

import io.awstrader.storage.bot.VersionNumber;
import java.time.Instant;

/**
 * A saved backtest without its full result: the configuration and statistics as JSON text, the size of the full
 * result, which {@link BacktestRepository#fullResult} reads (it can be megabytes), and the SHA-256 of its bytes
 * (hex; null for backtests saved before digests were kept), which recognises a deterministic rerun.
 */
public record StoredBacktest(String accountId, String botId, String id, VersionNumber version, String configJson,
        String statsJson, long resultBytes, String resultSha256, Instant createdAt) {
}
