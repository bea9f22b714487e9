package io.awstrader.engine.patterns;

import static io.awstrader.engine.patterns.Candles.c;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import org.junit.jupiter.api.Test;

class TwoAndThreeCandlePatternsTest {
    private final CandlestickPattern bullishEngulfing = new BullishEngulfing();
    private final CandlestickPattern bearishEngulfing = new BearishEngulfing();
    private final CandlestickPattern doji = new Doji();
    private final CandlestickPattern morningStar = new MorningStar();
    private final CandlestickPattern eveningStar = new EveningStar();

    @Test
    void bullishEngulfingCoversTheBearishBody() {
        CandleSeries candles = Candles.of(c(105, 106, 99, 100), c(100, 107, 99.5, 106));
        assertArrayEquals(new boolean[] {false, true}, bullishEngulfing.scan(candles));
        assertFalse(bearishEngulfing.matches(candles, 1));
        assertFalse(bullishEngulfing.matches(Candles.of(c(105, 106, 99, 100), c(100, 107, 99.5, 104)), 1),
                "closes inside the previous body");
        assertFalse(bullishEngulfing.matches(Candles.of(c(105, 106, 99, 100), c(100, 105.5, 99.5, 105)), 1),
                "equal bodies do not engulf");
        assertFalse(bullishEngulfing.matches(Candles.of(c(100, 106, 99, 105), c(99, 107, 98, 106)), 1),
                "previous candle is bullish");
        assertFalse(bullishEngulfing.matches(Candles.of(c(105, 106, 99, 100), c(101, 107, 99.5, 107)), 1),
                "opens above the previous close");
    }

    @Test
    void bearishEngulfingCoversTheBullishBody() {
        CandleSeries candles = Candles.of(c(100, 106, 99, 105), c(105, 106, 98, 99));
        assertArrayEquals(new boolean[] {false, true}, bearishEngulfing.scan(candles));
        assertFalse(bullishEngulfing.matches(candles, 1));
        assertFalse(bearishEngulfing.matches(Candles.of(c(100, 106, 99, 105), c(105, 106, 98, 101)), 1));
        assertFalse(bearishEngulfing.matches(Candles.of(c(100, 106, 99, 105), c(105, 106, 99, 100)), 1),
                "equal bodies");
    }

    @Test
    void engulfingNeedsARealPreviousBody() {
        CandleSeries afterFlat = Candles.of(c(100, 100, 100, 100), c(100, 101, 99, 101));
        assertFalse(bullishEngulfing.matches(afterFlat, 1));
        assertFalse(bearishEngulfing.matches(Candles.of(c(100, 100, 100, 100), c(100, 101, 99, 99)), 1));
    }

    @Test
    void dojiHasABodyOfAtMostATenthOfTheRange() {
        assertTrue(doji.matches(Candles.of(c(100, 105, 95, 100.5)), 0), "index 0 can be a doji");
        assertTrue(doji.matches(Candles.of(c(100, 105, 95, 101)), 0), "exactly 10%");
        assertFalse(doji.matches(Candles.of(c(100, 105, 95, 101.5)), 0));
        assertTrue(doji.matches(Candles.of(c(100, 105, 95, 100)), 0), "no body at all");
        assertFalse(doji.matches(Candles.of(c(100, 100, 100, 100)), 0), "flat candle: no trades, not indecision");
    }

    @Test
    void morningStarIsLongBearishSmallStarLowBullishAboveTheMidpoint() {
        double[] first = c(110, 111, 99, 100);
        double[] star = c(99, 100, 97, 98);
        CandleSeries candles = Candles.of(first, star, c(98, 107, 97.5, 106));
        assertArrayEquals(new boolean[] {false, false, true}, morningStar.scan(candles));
        assertFalse(eveningStar.matches(candles, 2));
        assertTrue(morningStar.matches(Candles.of(first, c(100, 100.5, 97, 99), c(99, 107, 98.5, 106)), 2),
                "a star opening at the previous close (no gap) counts");
        assertFalse(morningStar.matches(Candles.of(first, star, c(98, 107, 97.5, 104)), 2), "below the midpoint");
        assertFalse(morningStar.matches(Candles.of(first, star, c(107, 107.5, 97.5, 106)), 2), "third is bearish");
        assertFalse(morningStar.matches(Candles.of(first, c(100, 100.5, 95, 96), c(96, 107, 95.5, 106)), 2),
                "star body too big");
        assertFalse(morningStar.matches(Candles.of(first, c(101, 102, 100.5, 101.5), c(101.5, 107, 101, 106)), 2),
                "star above the first close");
        assertFalse(morningStar.matches(Candles.of(c(110, 118, 92, 100), star, c(98, 107, 97.5, 106)), 2),
                "first body is not long");
        assertFalse(morningStar.matches(Candles.of(c(100, 111, 99, 110), star, c(98, 107, 97.5, 106)), 2),
                "first is bullish");
    }

    @Test
    void eveningStarIsTheMirror() {
        double[] first = c(100, 111, 99, 110);
        double[] star = c(111, 113, 110.5, 112);
        CandleSeries candles = Candles.of(first, star, c(112, 112.5, 103, 104));
        assertArrayEquals(new boolean[] {false, false, true}, eveningStar.scan(candles));
        assertFalse(morningStar.matches(candles, 2));
        assertFalse(eveningStar.matches(Candles.of(first, star, c(112, 112.5, 105, 106)), 2), "above the midpoint");
        assertFalse(eveningStar.matches(Candles.of(first, c(108, 109, 107, 108.5), c(108.5, 109, 103, 104)), 2),
                "star below the first close");
        assertFalse(eveningStar.matches(Candles.of(first, c(110, 115, 109.5, 114), c(114, 114.5, 103, 104)), 2),
                "star body too big");
    }

    @Test
    void threeCandlePatternsNeverMatchBeforeTheThirdCandle() {
        CandleSeries two = Candles.of(c(110, 111, 99, 100), c(99, 100, 97, 98));
        assertArrayEquals(new boolean[2], morningStar.scan(two));
        assertArrayEquals(new boolean[2], eveningStar.scan(two));
        CandleSeries flat = Candles.of(c(100, 100, 100, 100), c(100, 100, 100, 100), c(100, 100, 100, 100));
        assertArrayEquals(new boolean[3], morningStar.scan(flat));
        assertArrayEquals(new boolean[3], eveningStar.scan(flat));
        assertArrayEquals(new boolean[3], bullishEngulfing.scan(flat));
    }
}
