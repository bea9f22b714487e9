package io.awstrader.storage.account;

import java.time.Instant;

/** A signed-in session of an account (the token itself is never stored, only its SHA-256). */
public record Session(String accountId, Instant createdAt, Instant expiresAt) {
}
