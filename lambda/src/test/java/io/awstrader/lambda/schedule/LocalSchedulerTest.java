package io.awstrader.lambda.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.awstrader.engine.market.RunInterval;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalSchedulerTest {
    private static long at(String time) {
        return Instant.parse(time).toEpochMilli();
    }

    @Test
    void eachIntervalFiresAtItsNextCandleClosePlusThePublishDelay() {
        long now = at("2026-01-01T10:07:30Z");
        assertEquals(at("2026-01-01T10:10:05Z") - now, LocalScheduler.delayUntilNext(RunInterval.M5, now));
        assertEquals(at("2026-01-01T11:00:05Z") - now, LocalScheduler.delayUntilNext(RunInterval.H1, now));
        assertEquals(at("2026-01-01T12:00:05Z") - now, LocalScheduler.delayUntilNext(RunInterval.H4, now));
        assertEquals(at("2026-01-02T00:00:05Z") - now, LocalScheduler.delayUntilNext(RunInterval.D1, now));
    }

    @Test
    void aCloseWhoseDelayHasNotPassedYetIsStillAhead() {
        // 2 s after 11:00 the 11:00 close's firing (at 11:00:05) is still to come, not skipped to 12:00
        long now = at("2026-01-01T11:00:02Z");
        assertEquals(3_000, LocalScheduler.delayUntilNext(RunInterval.H1, now));
        assertEquals(at("2026-01-01T12:00:05Z") - at("2026-01-01T11:00:05Z"),
                LocalScheduler.delayUntilNext(RunInterval.H1, at("2026-01-01T11:00:05Z")));
    }
}
