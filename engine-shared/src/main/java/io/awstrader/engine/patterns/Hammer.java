package io.awstrader.engine.patterns;

/**
 * Hammer (bullish reversal): a candle making a lower low than the previous one with a small body at the top and a
 * long lower wick ({@link WickShape#LONG_LOWER_WICK}); confirmed by a bullish next candle.
 *
 * <p>Same rules as the original platform's {@code hammer(candles, isConfirmed)}, with the confirmed-mode fix
 * described in {@link WickReversal}: the shape is tested on the hammer candle, not on the confirming one.
 */
public final class Hammer extends WickReversal {

    public Hammer() {
        this(false);
    }

    public Hammer(boolean confirmed) {
        super("hammer", WickShape.LONG_LOWER_WICK, true, true, confirmed);
    }
}
