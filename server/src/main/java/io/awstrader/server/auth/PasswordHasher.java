package io.awstrader.server.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security's encoder over BouncyCastle: pure Java, no native library) with
 * OWASP's minimum settings: 19 MiB of memory, 2 iterations, 1 lane. Hashes carry their parameters (PHC format),
 * so stronger settings later still verify old hashes.
 */
public final class PasswordHasher {
    private final Argon2PasswordEncoder encoder;
    /** Verified against when the email is unknown, so that answer takes as long as a wrong password. */
    private final String decoy;

    public PasswordHasher() {
        this.encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        this.decoy = encoder.encode("decoy password that matches nothing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether {@code password} matches {@code hash}; a null hash (unknown account) costs the same and fails. */
    public boolean matches(String password, String hash) {
        if (hash == null) {
            encoder.matches(password, decoy);
            return false;
        }
        return encoder.matches(password, hash);
    }
}
