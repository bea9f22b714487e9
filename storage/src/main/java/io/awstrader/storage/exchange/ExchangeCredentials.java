package io.awstrader.storage.exchange;

/**
 * An exchange API key with its secret (and passphrase, for exchanges such as KuCoin). Only the deployment
 * runtime sees these; {@link #toString()} shows the masked key and nothing else.
 */
public record ExchangeCredentials(String apiKey, String apiSecret, String passphrase) {
    public ExchangeCredentials {
        if (apiKey == null || apiKey.isBlank() || apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalArgumentException("exchange credentials need an API key and a secret");
        }
        if (passphrase != null && passphrase.isEmpty()) {
            passphrase = null;
        }
    }

    /** The key as lists show it: {@code abcd…wxyz}, or only {@code …} for keys too short to show any of. */
    public String maskedKey() {
        return KeyMask.mask(apiKey);
    }

    @Override
    public String toString() {
        return "ExchangeCredentials[apiKey=" + maskedKey() + ", apiSecret=(hidden)"
                + (passphrase == null ? "" : ", passphrase=(hidden)") + "]";
    }
}
