package io.awstrader.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sliding window: a key may have {@code limit} events in any window; the oldest leaving frees a slot. */
class SlidingWindowLimiterTest {
    private static final class Ticking extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void slotsFreeUpAsEventsLeaveTheWindow() {
        Ticking clock = new Ticking();
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofSeconds(60), clock);
        limiter.record("a");
        clock.millis += 10_000;
        limiter.record("a");
        limiter.record("a");
        assertEquals(Duration.ofSeconds(50), limiter.waitFor("a"), "until the first event is 60 s old");
        assertEquals(Duration.ZERO, limiter.waitFor("b"), "keys are independent");
        clock.millis += 50_000;
        assertEquals(Duration.ZERO, limiter.waitFor("a"));
        limiter.record("a");
        assertEquals(Duration.ofSeconds(10), limiter.waitFor("a"), "now the 2nd and 3rd events hold the window");
        limiter.reset("a");
        assertEquals(Duration.ZERO, limiter.waitFor("a"));
    }

    @Test
    void refusesNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowLimiter(0, Duration.ofSeconds(1), Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowLimiter(1, Duration.ZERO, Clock.systemUTC()));
    }
}
