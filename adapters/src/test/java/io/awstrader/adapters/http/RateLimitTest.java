package io.awstrader.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The token bucket computes waits exactly, on a fake clock (no real waiting). */
class RateLimitTest {
    private static final long SECOND = 1_000_000_000L;

    /** A clock that only moves when told to. */
    private static final class FakeTime implements Waiting {
        long now = 5 * SECOND;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            now += nanos;
        }
    }

    @Test
    void krakenPrivateCounterAllowsFifteenThenOneEveryThreeSeconds() {
        FakeTime time = new FakeTime();
        RateLimit limit = new RateLimit("kraken private", 15, 0.33, time);
        for (int i = 0; i < 15; i++) {
            assertEquals(0, limit.reserve(1), "call " + i + " is within the counter");
        }
        assertEquals(Math.ceil(SECOND / 0.33), limit.reserve(1), 1.0);
        assertEquals(Math.ceil(2 * SECOND / 0.33), limit.reserve(1), 1.0, "the next queues behind it");
        time.now += 100 * SECOND; // the counter decays back to full
        assertEquals(0, limit.reserve(15));
        assertEquals(Math.ceil(SECOND / 0.33), limit.reserve(1), 1.0);
    }

    @Test
    void aRefusalPausesEveryoneForTheRetryAfter() {
        FakeTime time = new FakeTime();
        RateLimit limit = new RateLimit("bitfinex", 10, 10, time);
        limit.pauseFor(60 * SECOND);
        assertEquals(60 * SECOND, limit.reserve(1));
        time.now += 60 * SECOND;
        assertEquals(0, limit.reserve(1), "paused, not emptied for longer than asked");
    }

    @Test
    void weightsCountAsSeveralCallsAndAcquireWaitsOnce() throws InterruptedException {
        FakeTime time = new FakeTime();
        RateLimit limit = new RateLimit("kucoin public", 6, 1, time);
        limit.acquire(3);
        limit.acquire(3);
        long before = time.now;
        limit.acquire(3);
        assertEquals(3 * SECOND, time.now - before);
    }
}
