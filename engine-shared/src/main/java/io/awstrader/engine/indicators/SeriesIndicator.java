package io.awstrader.engine.indicators;

import io.awstrader.engine.market.Series;

/** An indicator over one series of values (a price field or another indicator's output): as long as its input. */
abstract class SeriesIndicator extends BaseIndicator {
    final Series source;

    SeriesIndicator(String indicator, Series source, String name, String... outputNames) {
        super(name, outputNames);
        this.source = ParameterChecks.input(indicator, source);
    }

    @Override
    final int inputSize() {
        return source.size();
    }
}
