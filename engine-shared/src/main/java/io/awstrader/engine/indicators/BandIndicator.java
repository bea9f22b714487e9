package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/** An indicator of a middle line with an upper and a lower band at the same distance: Bollinger, Keltner. */
abstract class BandIndicator extends BaseIndicator {

    BandIndicator(String name) {
        super(name, "middle", "upper", "lower");
    }

    public final Series middle() {
        return output(0);
    }

    public final Series upper() {
        return output(1);
    }

    public final Series lower() {
        return output(2);
    }

    /** Appends one candle: {@code middle}, {@code middle + width}, {@code middle - width}. */
    final void emitBands(double middle, double width) {
        emit(0, middle);
        emit(1, middle + width);
        emit(2, middle - width);
    }
}
