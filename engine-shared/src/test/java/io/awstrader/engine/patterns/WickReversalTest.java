package io.awstrader.engine.patterns;

import static io.awstrader.engine.patterns.Candles.c;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import org.junit.jupiter.api.Test;

class WickReversalTest {
    // Shapes: body 1, tiny upper wick, lower wick 5 (hammer shape); and the mirror (inverted shape).
    private static final double[] HAMMER_SHAPE = c(100, 101.2, 95, 101);
    private static final double[] INVERTED_SHAPE = c(100, 106, 99.8, 101);
    private static final double[] BULLISH = c(101, 104, 100.5, 103);
    private static final double[] BEARISH = c(101, 101.5, 98, 99);

    @Test
    void shapeFollowsTheOriginalThresholds() {
        // 3*body == range is still a shape; a larger body share is none.
        assertEquals(WickShape.LONG_LOWER_WICK, WickShape.of(Candles.of(c(10, 11, 8, 11)), 0));
        assertEquals(WickShape.NONE, WickShape.of(Candles.of(c(10, 11, 8.5, 11)), 0));
        // The upper wick must be strictly more than twice the body.
        assertEquals(WickShape.NONE, WickShape.of(Candles.of(c(10, 13, 10, 11)), 0));
        assertEquals(WickShape.LONG_UPPER_WICK, WickShape.of(Candles.of(c(10, 13.5, 10, 11)), 0));
        // Bearish bodies have shapes too; no body (and a flat candle) has none.
        assertEquals(WickShape.LONG_LOWER_WICK, WickShape.of(Candles.of(c(101, 101.2, 95, 100)), 0));
        assertEquals(WickShape.NONE, WickShape.of(Candles.of(c(100, 105, 95, 100)), 0));
        assertEquals(WickShape.NONE, WickShape.of(Candles.of(c(100, 100, 100, 100)), 0));
    }

    @Test
    void hammerNeedsALowerLowAndTheHammerShape() {
        assertTrue(new Hammer().matches(Candles.of(c(103, 104, 99, 100), HAMMER_SHAPE), 1));
        assertFalse(new Hammer().matches(Candles.of(c(103, 104, 94, 100), HAMMER_SHAPE), 1), "no lower low");
        assertFalse(new Hammer().matches(Candles.of(c(103, 104, 99, 100), INVERTED_SHAPE), 1), "wrong shape");
        assertFalse(new Hammer().matches(Candles.of(c(103, 104, 99, 100), c(100, 103.1, 95, 103)), 1), "big body");
    }

    @Test
    void inverseHammerNeedsALowerLowAndTheInvertedShape() {
        CandleSeries candles = Candles.of(c(103, 104, 100, 101), INVERTED_SHAPE);
        assertTrue(new InverseHammer().matches(candles, 1));
        assertFalse(new Hammer().matches(candles, 1));
        assertFalse(new InverseHammer().matches(Candles.of(c(103, 104, 99, 101), INVERTED_SHAPE), 1), "no lower low");
    }

    @Test
    void hangingManNeedsAHigherHighAndTheHammerShape() {
        CandleSeries candles = Candles.of(c(96, 100, 94, 99), HAMMER_SHAPE);
        assertTrue(new HangingMan().matches(candles, 1));
        assertFalse(new Hammer().matches(candles, 1), "the low is not lower, so no hammer");
        assertFalse(new HangingMan().matches(Candles.of(c(96, 102, 94, 99), HAMMER_SHAPE), 1), "no higher high");
    }

    @Test
    void shootingStarNeedsAHigherHighAndTheInvertedShape() {
        CandleSeries candles = Candles.of(c(99.5, 104, 99, 100), INVERTED_SHAPE);
        assertTrue(new ShootingStar().matches(candles, 1));
        assertFalse(new InverseHammer().matches(candles, 1));
        assertFalse(new ShootingStar().matches(Candles.of(c(99.5, 107, 99, 100), INVERTED_SHAPE), 1));
        assertFalse(new ShootingStar().matches(Candles.of(c(96, 100, 94, 99), HAMMER_SHAPE), 1), "wrong shape");
    }

    @Test
    void firstCandleNeverMatchesAndConfirmedSkipsTheSecondToo() {
        CandleSeries one = Candles.of(HAMMER_SHAPE);
        for (CandlestickPattern pattern : new CandlestickPattern[] {new Hammer(), new HangingMan(),
                new InverseHammer(), new ShootingStar()}) {
            assertFalse(pattern.matches(one, 0), pattern.name());
            assertEquals(1, pattern.lookback());
        }
        CandleSeries two = Candles.of(c(103, 104, 99, 100), HAMMER_SHAPE);
        assertTrue(new Hammer().matches(two, 1));
        assertFalse(new Hammer(true).matches(two, 1));
        assertEquals(2, new Hammer(true).lookback());
    }

    @Test
    void flatCandlesMatchNothing() {
        CandleSeries candles = Candles.of(c(103, 104, 101, 102), c(100, 100, 100, 100), c(100, 100, 100, 100));
        for (CandlestickPattern pattern : new CandlestickPattern[] {new Hammer(), new HangingMan(),
                new InverseHammer(), new ShootingStar(), new Hammer(true), new ShootingStar(true)}) {
            assertArrayEquals(new boolean[3], pattern.scan(candles), pattern.toString());
        }
    }

    @Test
    void confirmedHammerTestsTheShapeOnTheHammerAndABullishNextCandle() {
        CandleSeries confirmed = Candles.of(c(103, 104, 99, 100), HAMMER_SHAPE, BULLISH);
        assertArrayEquals(new boolean[] {false, false, true}, new Hammer(true).scan(confirmed));
        assertArrayEquals(new boolean[] {false, true, false}, new Hammer().scan(confirmed));
        assertFalse(new Hammer(true).matches(Candles.of(c(103, 104, 99, 100), HAMMER_SHAPE, BEARISH), 2));
    }

    @Test
    void confirmedModeNoLongerTestsTheShapeOnTheConfirmingCandle() {
        // The original said yes here: lower low from 0 to 1, candle 2 bullish and hammer-shaped. But candle 1,
        // the would-be hammer, is a plain bearish candle, so there is no hammer to confirm.
        CandleSeries candles = Candles.of(c(103, 104, 99, 100), c(100, 100.5, 96, 97), HAMMER_SHAPE);
        assertFalse(new Hammer(true).matches(candles, 2));
    }

    @Test
    void confirmedBearishReversalsNeedABearishNextCandle() {
        CandleSeries hanging = Candles.of(c(96, 100, 94, 99), HAMMER_SHAPE, BEARISH);
        assertTrue(new HangingMan(true).matches(hanging, 2));
        // The original required a bullish close here, which contradicts a bearish reversal.
        assertFalse(new HangingMan(true).matches(Candles.of(c(96, 100, 94, 99), HAMMER_SHAPE, BULLISH), 2));

        assertTrue(new ShootingStar(true).matches(Candles.of(c(99.5, 104, 99, 100), INVERTED_SHAPE, BEARISH), 2));
        assertFalse(new ShootingStar(true).matches(Candles.of(c(99.5, 104, 99, 100), INVERTED_SHAPE, BULLISH), 2));
    }

    @Test
    void confirmedInverseHammerNeedsABullishNextCandle() {
        assertTrue(new InverseHammer(true).matches(Candles.of(c(103, 104, 100, 101), INVERTED_SHAPE, BULLISH), 2));
        assertFalse(new InverseHammer(true).matches(Candles.of(c(103, 104, 100, 101), INVERTED_SHAPE, BEARISH), 2));
    }

    @Test
    void confirmedFormsSayTheyAreConfirmed() {
        assertTrue(new Hammer(true).isConfirmed());
        assertFalse(new Hammer().isConfirmed());
        assertEquals("shootingStar (confirmed)", new ShootingStar(true).toString());
        assertEquals("shootingStar", new ShootingStar(true).name());
    }
}
