package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The compensated running sum survives a huge value entering and leaving. */
class RollingSumTest {

    @Test
    void aSpikeLeavingTheWindowLeavesNoRoundingBehind() {
        RollingSum sum = new RollingSum();
        sum.add(0.1);
        sum.add(1e16);
        sum.add(0.2);
        sum.remove(1e16);
        // A plain running sum gives 0 here: 0.1 and 0.2 were rounded away next to 1e16.
        assertEquals(0.1 + 0.2, sum.value());
        sum.remove(0.1);
        sum.remove(0.2);
        assertEquals(0.0, sum.value());
    }

    @Test
    void resetStartsAgain() {
        RollingSum sum = new RollingSum();
        sum.add(3);
        sum.reset();
        sum.add(2);
        assertEquals(2.0, sum.value());
    }
}
