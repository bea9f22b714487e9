package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.PriceField;
import io.awstrader.engine.market.Series;

/** Volume moving average: the SMA of the candles' volume over {@code period} candles. */
public final class VolumeMaIndicator implements Indicator {
    private final SmaIndicator sma;

    public VolumeMaIndicator(CandleSeries candles, int period) {
        ParameterChecks.period("VMA", "period", period);
        sma = new SmaIndicator(ParameterChecks.candles("VMA", candles).field(PriceField.VOLUME), period);
    }

    @Override
    public String[] outputNames() {
        return sma.outputNames();
    }

    @Override
    public void update() {
        sma.update();
    }

    @Override
    public int size() {
        return sma.size();
    }

    @Override
    public Series output(int k) {
        return sma.output(k);
    }
}
