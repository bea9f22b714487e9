package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

import java.time.Duration;
import java.time.Instant;

/** Copies a candle series into a ta4j bar series with {@code DoubleNum}, the oracle's number type. */
final class Ta4jBars {

    private Ta4jBars() {
    }

    static BarSeries of(CandleSeries candles) {
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance())
                .withName(candles.pair().toString()).build();
        Duration width = Duration.ofMillis((long) candles.interval().millis());
        for (int i = 0; i < candles.size(); i++) {
            Instant begin = Instant.ofEpochMilli((long) candles.time(i));
            series.barBuilder().timePeriod(width).beginTime(begin).endTime(begin.plus(width))
                    .openPrice(candles.open(i)).highPrice(candles.high(i)).lowPrice(candles.low(i))
                    .closePrice(candles.close(i)).volume(candles.volume(i)).add();
        }
        return series;
    }

    /** Every value of a ta4j indicator, computed oldest first (ta4j's recursive indicators expect that order). */
    static double[] values(Indicator<Num> indicator, int size) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = indicator.getValue(i).doubleValue();
        }
        return out;
    }
}
