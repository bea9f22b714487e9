package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Series;

/**
 * On-balance volume: a running total that adds the candle's volume when the close rises, subtracts it when the
 * close falls and keeps it when the close is unchanged. Starts at 0 on the first candle (ta4j and TradingView
 * alike), so it has no warm-up.
 */
public final class ObvIndicator implements Indicator {
    private static final String[] OUTPUTS = {"value"};

    private final CandleSeries candles;
    private final DoubleSeries value = new DoubleSeries();
    private double total;

    public ObvIndicator(CandleSeries candles) {
        this.candles = ParameterChecks.candles("obv", candles);
    }

    @Override
    public String[] outputNames() {
        return OUTPUTS.clone();
    }

    @Override
    public void update() {
        for (int i = value.size(); i < candles.size(); i++) {
            if (i > 0) {
                double previous = candles.close(i - 1);
                double close = candles.close(i);
                if (close > previous) {
                    total += candles.volume(i);
                } else if (close < previous) {
                    total -= candles.volume(i);
                }
            }
            value.add(total);
        }
    }

    @Override
    public int size() {
        return value.size();
    }

    @Override
    public Series output(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("obv has one output (0), not " + index);
        }
        return value;
    }
}
