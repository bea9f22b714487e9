package io.awstrader.storage.account;

import java.time.Instant;

/** A user account. The password hash is the caller's (e.g. Argon2/bcrypt output) and is never printed. */
public record Account(String id, String email, String passwordHash, Instant createdAt, long lockVersion) {
    @Override
    public String toString() {
        return "Account[id=" + id + ", email=" + email + ", createdAt=" + createdAt + ", lockVersion=" + lockVersion + "]";
    }
}
