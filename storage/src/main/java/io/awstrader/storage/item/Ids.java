package io.awstrader.storage.item;

import java.security.SecureRandom;
import java.util.Base64;

/** Random ids: 16 bytes from {@link SecureRandom} as 22 URL-safe base64 characters (never guessable). */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Ids() {
    }

    public static String newId() {
        return ENCODER.encodeToString(randomBytes(16));
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /**
     * Refuses ids that could reach outside their key slot: only URL-safe base64 characters, 1 to 64 of them
     * (so an id can never contain the {@code #} that separates key segments).
     */
    public static String check(String id, String what) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            throw new IllegalArgumentException(what + " is missing or longer than 64 characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new IllegalArgumentException(what + " may only hold letters, digits, '-' and '_'");
            }
        }
        return id;
    }
}
