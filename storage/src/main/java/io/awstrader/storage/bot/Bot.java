package io.awstrader.storage.bot;

import java.time.Instant;

/** A bot: a name and its versions (stored apart, see {@link VersionRepository}). */
public record Bot(String accountId, String id, String name, Instant createdAt, Instant updatedAt, long lockVersion) {
}
