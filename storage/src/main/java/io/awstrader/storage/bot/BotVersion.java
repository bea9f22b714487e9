package io.awstrader.storage.bot;

import java.time.Instant;

/**
 * One version of a bot's code: the TypeScript source, the JavaScript the server compiled from it, and the
 * compiler's diagnostics as JSON text. A locked version (backtested or deployed) can no longer change.
 */
public record BotVersion(String accountId, String botId, VersionNumber number, String source, String compiledJs,
        String diagnosticsJson, boolean locked, Instant createdAt, Instant updatedAt, long lockVersion) {
}
