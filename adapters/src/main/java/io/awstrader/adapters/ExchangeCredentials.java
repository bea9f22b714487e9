package io.awstrader.adapters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An API key with its secret and, for KuCoin, its passphrase. {@link #toString()} masks everything, so a key can be
 * logged or put in an exception by mistake without leaking.
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
        return "ExchangeCredentials[key=" + mask(key) + ", secret=***, passphrase=" + (passphrase == null ? "none" : "***")
                + "]";
    }

    /** The last 4 characters of a key, the rest starred, as account screens show keys. */
    public static String mask(String key) {
        if (key == null) {
            return null;
        }
        return key.length() <= 8 ? "****" : "****" + key.substring(key.length() - 4);
    }
}
