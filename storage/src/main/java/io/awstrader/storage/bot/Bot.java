package io.awstrader.storage.bot;

import java.time.Instant;

/** A bot: a name, a one-line description ("" when none) and its versions (stored apart, see {@link VersionRepository}). */
public record Bot(String accountId, String id, String name, String description, Instant createdAt, Instant updatedAt,
        long lockVersion) {
}
