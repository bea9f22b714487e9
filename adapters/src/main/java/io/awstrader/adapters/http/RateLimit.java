package io.awstrader.adapters.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A client-side limit as exchanges publish them: a bucket of {@code capacity} units that refills at {@code perSecond}
 * (Kraken's call counter with its decay is exactly this; per-minute limits become a bucket whose burst plus one
 * minute of refill stays within the limit). {@link #acquire} reserves units and computes how long the caller must
 * wait; it waits once, never polls. After an exchange says "too many requests", {@link #pauseFor} holds everyone
 * back. Limits are shared per exchange, scope and key (or IP) through {@link #shared}.
 */
public final class RateLimit {
    private static final Map<String, RateLimit> SHARED = new ConcurrentHashMap<>();

    private final String name;
    private final double capacity;
    private final double perNano;
    private final Waiting waiting;
    private double tokens;
    private long updated;
    private long pausedUntil;

    public RateLimit(String name, double capacity, double perSecond, Waiting waiting) {
        if (capacity <= 0 || perSecond <= 0) {
            throw new IllegalArgumentException("rate limit " + name + " needs a positive capacity and rate");
        }
        this.name = name;
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.waiting = waiting;
        this.tokens = capacity;
        this.updated = waiting.nanoTime();
        this.pausedUntil = updated;
    }

    /** The one limit named {@code name} in this process, created by {@code create} on first use. */
    public static RateLimit shared(String name, Supplier<RateLimit> create) {
        return SHARED.computeIfAbsent(name, n -> create.get());
    }

    /**
     * The shared limit {@code name} at an exchange's published {@code capacity} and {@code perSecond}, both raised by
     * {@code scale} (1 = as published; a proxy or test stub may allow more).
     */
    public static RateLimit published(String name, double capacity, double perSecond, double scale) {
        return shared(name, () -> new RateLimit(name, capacity * Math.max(1, scale), perSecond * scale,
                Waiting.SYSTEM));
    }

    public String name() {
        return name;
    }

    /** Takes {@code weight} units, waiting until the bucket has refilled enough (callers queue in arrival order). */
    public void acquire(double weight) throws InterruptedException {
        waiting.sleep(reserve(weight));
    }

    /** Reserves {@code weight} units now and returns how many nanoseconds the caller must wait before using them. */
    synchronized long reserve(double weight) {
        long now = waiting.nanoTime();
        tokens = Math.min(capacity, tokens + (now - updated) * perNano);
        updated = now;
        tokens -= weight;
        long refillWait = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
        return Math.max(refillWait, pausedUntil - now);
    }

    /** After the exchange refused for rate: nothing passes for {@code nanos} from now, and the bucket starts empty. */
    public synchronized void pauseFor(long nanos) {
        long now = waiting.nanoTime();
        pausedUntil = Math.max(pausedUntil, now + nanos);
        tokens = Math.min(tokens, 0);
        updated = now;
    }
}
