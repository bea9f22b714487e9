package io.awstrader.engine.patterns;

/**
 * Inverse hammer (bullish reversal): a candle making a lower low than the previous one with a small body at the
 * bottom and a long upper wick ({@link WickShape#LONG_UPPER_WICK}); confirmed by a bullish next candle.
 *
 * <p>Same rules as the original platform's {@code inverseHammer}, with the confirmed-mode fix described in
 * {@link WickReversal}.
 */
public final class InverseHammer extends WickReversal {

    public InverseHammer() {
        this(false);
    }

    public InverseHammer(boolean confirmed) {
        super("inverseHammer", WickShape.LONG_UPPER_WICK, true, true, confirmed);
    }
}
