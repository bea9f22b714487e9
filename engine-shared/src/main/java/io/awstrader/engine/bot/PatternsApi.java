package io.awstrader.engine.bot;

import io.awstrader.engine.patterns.CandlestickPattern;
import io.awstrader.engine.patterns.CandlestickPatternCatalog;

/**
 * The {@code candlestickPatterns} object of a bot run: one boolean per candle of the window for a pattern. A pattern
 * at the window's first candles looks at the candles before the window when the run has them, so the answer for a
 * candle does not depend on where the window starts.
 */
public final class PatternsApi {

    /** One boolean per candle: true where pattern {@code name} completes ({@code confirmed}: and the next confirms). */
    public boolean[] detect(String name, CandleWindow candles, boolean confirmed) {
        if (candles == null) {
            throw new IllegalArgumentException("candlestick pattern " + name + " needs candles");
        }
        CandlestickPattern pattern = CandlestickPatternCatalog.find(name, confirmed);
        return pattern.scan(candles.series(), candles.from(), candles.to());
    }

    public boolean[] hammer(CandleWindow candles, boolean confirmed) {
        return detect("hammer", candles, confirmed);
    }

    public boolean[] hangingMan(CandleWindow candles, boolean confirmed) {
        return detect("hangingMan", candles, confirmed);
    }

    public boolean[] inverseHammer(CandleWindow candles, boolean confirmed) {
        return detect("inverseHammer", candles, confirmed);
    }

    public boolean[] shootingStar(CandleWindow candles, boolean confirmed) {
        return detect("shootingStar", candles, confirmed);
    }
}
