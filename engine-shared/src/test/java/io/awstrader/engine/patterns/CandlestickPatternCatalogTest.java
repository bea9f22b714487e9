package io.awstrader.engine.patterns;

import static io.awstrader.engine.patterns.Candles.c;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.market.CandleSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandlestickPatternCatalogTest {

    @Test
    void listsAllNinePatternsByTheirBotNames() {
        List<String> names = new ArrayList<>();
        for (CandlestickPattern pattern : CandlestickPatternCatalog.all()) {
            names.add(pattern.name());
        }
        assertEquals(List.of("hammer", "hangingMan", "inverseHammer", "shootingStar", "bullishEngulfing",
                "bearishEngulfing", "doji", "morningStar", "eveningStar"), names);
        assertEquals(String.join(", ", names), CandlestickPatternCatalog.names());
        assertThrows(UnsupportedOperationException.class, () -> CandlestickPatternCatalog.all().clear());
    }

    @Test
    void findsByNameIgnoringCaseAndConfirmedFormsOfTheFourReversals() {
        assertInstanceOf(ShootingStar.class, CandlestickPatternCatalog.find("SHOOTINGSTAR"));
        assertFalse(((Hammer) CandlestickPatternCatalog.find("hammer")).isConfirmed());
        assertTrue(((Hammer) CandlestickPatternCatalog.find("hammer", true)).isConfirmed());
        assertTrue(((HangingMan) CandlestickPatternCatalog.find("hangingMan", true)).isConfirmed());
        assertInstanceOf(Doji.class, CandlestickPatternCatalog.find("doji", false));
    }

    @Test
    void rejectsUnknownNamesAndConfirmedFormsThatDoNotExist() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CandlestickPatternCatalog.find("hamer"));
        assertTrue(unknown.getMessage().contains("unknown candlestick pattern 'hamer'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("morningStar"), unknown.getMessage());
        IllegalArgumentException noConfirmed = assertThrows(IllegalArgumentException.class,
                () -> CandlestickPatternCatalog.find("doji", true));
        assertTrue(noConfirmed.getMessage().contains("'doji' has no confirmed form"), noConfirmed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CandlestickPatternCatalog.find(null));
    }

    @Test
    void scanReturnsOneBooleanPerCandleOfTheRange() {
        CandleSeries candles = Candles.of(c(105, 106, 99, 100), c(100, 107, 99.5, 106), c(106, 110, 96, 106.5),
                c(106.5, 107, 104, 105));
        CandlestickPattern engulfing = CandlestickPatternCatalog.find("bullishEngulfing");
        assertArrayEquals(new boolean[] {false, true, false, false}, engulfing.scan(candles));
        assertArrayEquals(new boolean[] {true, false}, engulfing.scan(candles, 1, 3));
        assertArrayEquals(new boolean[0], engulfing.scan(candles, 4, 4));
        assertArrayEquals(new boolean[] {false, false, true, false},
                CandlestickPatternCatalog.find("doji").scan(candles));
    }

    @Test
    void badArgumentsGetClearMessages() {
        CandleSeries candles = Candles.of(c(105, 106, 99, 100), c(100, 107, 99.5, 106));
        CandlestickPattern hammer = new Hammer();
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> hammer.matches(candles, 2));
        assertEquals("hammer: candle 2 is outside a series of 2 candles", outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> hammer.matches(candles, -1));
        assertThrows(IllegalArgumentException.class, () -> hammer.matches(null, 0));
        assertThrows(IllegalArgumentException.class, () -> hammer.scan(candles, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> hammer.scan(candles, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> hammer.scan(candles, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> hammer.scan(null));
    }

    @Test
    void onRealCandlesEveryPatternOccursAndReadsOnlyItsLookback() throws IOException {
        String text = Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"));
        CandleSeries all = CandleCsv.parse(text).series();
        CandleSeries candles = all.slice(all.size() - 3000, all.size());
        List<CandlestickPattern> patterns = new ArrayList<>(CandlestickPatternCatalog.all());
        for (String name : new String[] {"hammer", "hangingMan", "inverseHammer", "shootingStar"}) {
            patterns.add(CandlestickPatternCatalog.find(name, true));
        }
        for (CandlestickPattern pattern : patterns) {
            boolean[] hits = pattern.scan(candles);
            int count = 0;
            for (int i = 0; i < hits.length; i++) {
                count += hits[i] ? 1 : 0;
                // The same answer from just the candle and its lookback: nothing later or earlier is read.
                int from = Math.max(0, i - pattern.lookback());
                assertEquals(hits[i], pattern.matches(candles.slice(from, i + 1), i - from), pattern + " at " + i);
            }
            assertTrue(count > 0 && count < hits.length / 2, pattern + " matched " + count + " of " + hits.length);
        }
    }
}
