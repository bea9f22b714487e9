package io.awstrader.storage.bot;

import java.time.Instant;

/** A version without its code, for listings. */
public record VersionSummary(VersionNumber number, boolean locked, Instant createdAt, Instant updatedAt,
        long lockVersion) {
}
