package io.awstrader.engine.patterns;

/**
 * Shooting star (bearish reversal): a candle making a higher high than the previous one with a small body at the
 * bottom and a long upper wick ({@link WickShape#LONG_UPPER_WICK}); confirmed by a bearish next candle.
 *
 * <p>Same rules as the original platform's {@code shootingStar}, with both confirmed-mode fixes described in
 * {@link WickReversal}.
 */
public final class ShootingStar extends WickReversal {

    public ShootingStar() {
        this(false);
    }

    public ShootingStar(boolean confirmed) {
        super("shootingStar", WickShape.LONG_UPPER_WICK, false, false, confirmed);
    }
}
