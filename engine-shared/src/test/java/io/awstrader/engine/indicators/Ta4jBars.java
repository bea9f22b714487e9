package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

import java.time.Duration;
import java.time.Instant;

/** The same candles as a ta4j bar series with {@code DoubleNum}: the oracle's input. */
final class Ta4jBars {
    private Ta4jBars() {
    }

    static BarSeries of(CandleSeries candles) {
        BarSeries bars = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance())
                .withName(candles.pair().toString()).build();
        Duration period = Duration.ofMillis((long) candles.interval().millis());
        for (int i = 0; i < candles.size(); i++) {
            Instant begin = Instant.ofEpochMilli((long) candles.time(i));
            bars.barBuilder().timePeriod(period).beginTime(begin).endTime(begin.plus(period))
                    .openPrice(candles.open(i)).highPrice(candles.high(i)).lowPrice(candles.low(i))
                    .closePrice(candles.close(i)).volume(candles.volume(i)).add();
        }
        return bars;
    }
}
