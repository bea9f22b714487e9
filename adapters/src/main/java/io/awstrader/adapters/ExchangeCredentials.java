package io.awstrader.adapters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An API key with its secret and, for KuCoin, its passphrase, as the adapters use them (storage keeps its own
 * encrypted record; the server converts). {@link #toString()} shows none of them, so a key logged or put in an
 * exception by mistake does not leak.
 */
public record ExchangeCredentials(String key, String secret, String passphrase) {

    public ExchangeCredentials {
        if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("exchange credentials need an API key and a secret");
        }
    }

    public static ExchangeCredentials of(String key, String secret) {
        return new ExchangeCredentials(key, secret, null);
    }

    /**
     * A stable, non-reversible name for the key (a hash prefix), for per-key locks, nonces and rate limits: the key
     * itself is never used as a map key that might end up in a dump.
     */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ExchangeCredentials[key=(hidden), secret=(hidden)" + (passphrase == null ? "" : ", passphrase=(hidden)")
                + "]";
    }
}
