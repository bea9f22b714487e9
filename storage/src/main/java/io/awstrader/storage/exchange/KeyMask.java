package io.awstrader.storage.exchange;

/** Masks API keys for display: the first and last four characters of keys of 16 or more characters. */
public final class KeyMask {
    private KeyMask() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "…";
        }
        return key.substring(0, 4) + "…" + key.substring(key.length() - 4);
    }
}
