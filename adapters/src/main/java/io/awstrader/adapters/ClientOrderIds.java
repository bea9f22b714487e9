package io.awstrader.adapters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic client order ids derived from the platform's order id, in the forms exchanges accept: the same
 * platform order always gets the same id, so a resent order is recognised, and different orders never collide in
 * practice (128 or 45 bits of a hash).
 */
public final class ClientOrderIds {
    private ClientOrderIds() {
    }

    /** A name-based UUID (36 characters): Kraken's {@code cl_ord_id}, KuCoin's {@code clientOid}. */
    public static String uuid(String clientOrderId) {
        return UUID.nameUUIDFromBytes(("awstrader:" + clientOrderId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A positive integer of {@code bits} bits (at most 53, so JavaScript clients read it exactly): Bitfinex's
     * {@code cid}.
     */
    public static long number(String clientOrderId, int bits) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("awstrader:" + clientOrderId).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xff);
            }
            long n = value >>> (64 - bits);
            return n == 0 ? 1 : n;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
