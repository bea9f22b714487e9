package io.awstrader.engine.patterns;

/**
 * Hanging man (bearish reversal): a candle making a higher high than the previous one with a hammer's shape
 * ({@link WickShape#LONG_LOWER_WICK}); confirmed by a bearish next candle.
 *
 * <p>Same rules as the original platform's {@code hangingMan}, with both confirmed-mode fixes described in
 * {@link WickReversal}: the shape is tested on the hanging-man candle, and the confirming candle must close
 * bearish (the original required a bullish close).
 */
public final class HangingMan extends WickReversal {

    public HangingMan() {
        this(false);
    }

    public HangingMan(boolean confirmed) {
        super("hangingMan", WickShape.LONG_LOWER_WICK, false, false, confirmed);
    }
}
