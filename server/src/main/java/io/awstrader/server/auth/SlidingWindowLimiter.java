package io.awstrader.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within any {@code window} (a sliding window of event times, in memory).
 * Keys whose events all left the window are dropped, so the map holds only recently active keys.
 */
public final class SlidingWindowLimiter {
    private static final int SWEEP_EVERY = 1024;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();
    private int untilSweep = SWEEP_EVERY;

    public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a limit >= 1 and a positive window");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** How long until {@code key} may have another event; zero when it may now. */
    public Duration waitFor(String key) {
        Deque<Long> times = events.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            long now = clock.millis();
            drop(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(times.peekFirst() + windowMillis - now);
        }
    }

    /** Counts one event for {@code key}. */
    public void record(String key) {
        long now = clock.millis();
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            drop(times, now);
            times.addLast(now);
            if (times.size() > limit) {
                times.removeFirst(); // older events no longer decide anything
            }
        }
        sweepNowAndThen(now);
    }

    /** Forgets the events of {@code key} (e.g. failed logins after a successful one). */
    public void reset(String key) {
        events.remove(key);
    }

    private void drop(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.removeFirst();
        }
    }

    private void sweepNowAndThen(long now) {
        synchronized (this) {
            if (--untilSweep > 0) {
                return;
            }
            untilSweep = SWEEP_EVERY;
        }
        for (Iterator<Map.Entry<String, Deque<Long>>> it = events.entrySet().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next().getValue();
            synchronized (times) {
                drop(times, now);
                if (times.isEmpty()) {
                    it.remove();
                }
            }
        }
    }
}
