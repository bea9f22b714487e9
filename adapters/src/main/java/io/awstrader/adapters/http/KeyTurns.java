package io.awstrader.adapters.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Nonces for one API key: strictly increasing, and used in the order they were issued. Exchanges reject a nonce not
 * larger than the last one they saw, so issuing the nonce and sending the request happen in one turn under the key's
 * lock: two deployments of one key in this process can never overtake each other. Nonces are microseconds since the
 * epoch (or the last nonce + 1 when the clock has not moved), so they also stay above nonces of earlier runs.
 */
public final class KeyTurns {
    private static final Map<String, KeyTurns> BY_KEY = new ConcurrentHashMap<>();

    private final ReentrantLock lock = new ReentrantLock(true);
    private long last;

    private KeyTurns() {
    }

    /** The turns of one key; {@code keyName} is the exchange and the key's fingerprint, never the key itself. */
    public static KeyTurns of(String keyName) {
        return BY_KEY.computeIfAbsent(keyName, k -> new KeyTurns());
    }

    /** A call that runs while holding the key's turn. */
    @FunctionalInterface
    public interface Turn<T> {
        /** Runs with {@code nonces}, which issues strictly increasing nonces while the turn lasts. */
        T run(Nonces nonces);
    }

    /** Issues nonces inside a turn. */
    @FunctionalInterface
    public interface Nonces {
        long next();
    }

    /** Runs {@code turn} alone among the calls of this key (fair: in arrival order). */
    public <T> T inTurn(Turn<T> turn) {
        lock.lock();
        try {
            return turn.run(this::next);
        } finally {
            lock.unlock();
        }
    }

    private long next() {
        long micros = System.currentTimeMillis() * 1000;
        last = Math.max(last + 1, micros);
        return last;
    }
}
