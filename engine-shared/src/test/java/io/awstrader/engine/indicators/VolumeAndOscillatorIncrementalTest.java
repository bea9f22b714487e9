package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Series;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

/** Appending candles one at a time (or in chunks) with update() after each gives exactly the batch result. */
class VolumeAndOscillatorIncrementalTest {

    @ParameterizedTest
    @ValueSource(strings = {"stochastic", "stochastic:14,3,3", "stochastic:5,1,1", "obv", "adl", "vwap", "vwap:24",
            "vwap:1", "cci", "cci:1", "williamsR", "psar", "psar:0.01,0,0.01", "squeeze", "squeeze:20,2,10,1"})
    void incrementalEqualsBatch(String text) {
        CandleSeries all = CsvCandles.bitfinex().candles().slice(5_600, 8_600); // includes flat, volume-less hours
        IndicatorSpec spec = IndicatorSpec.parse(text);
        Indicator batch = spec.create(all);
        batch.update();
        assertEquals(all.size(), batch.size());

        CandleSeries growing = all.slice(0, 0);
        Indicator oneByOne = spec.create(growing);
        oneByOne.update(); // empty series: nothing to compute
        assertEquals(0, oneByOne.size());
        for (int i = 0; i < all.size(); i++) {
            growing.add(all.candle(i));
            oneByOne.update();
            oneByOne.update(); // a second call has nothing new to compute
            assertEquals(i + 1, oneByOne.size());
        }

        CandleSeries chunked = all.slice(0, 0);
        Indicator inChunks = spec.create(chunked);
        Random random = new Random(42);
        int i = 0;
        while (i < all.size()) {
            int end = Math.min(all.size(), i + 1 + random.nextInt(50));
            for (; i < end; i++) {
                chunked.add(all.candle(i));
            }
            inChunks.update();
        }

        for (int k = 0; k < batch.outputNames().length; k++) {
            double[] expected = values(batch.output(k));
            assertArrayEquals(expected, values(oneByOne.output(k)), text + " output " + k + " one by one");
            assertArrayEquals(expected, values(inChunks.output(k)), text + " output " + k + " in chunks");
        }
    }

    private static double[] values(Series series) {
        if (series instanceof DoubleSeries doubles) {
            return doubles.toArray();
        }
        double[] out = new double[series.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = series.get(i);
        }
        return out;
    }
}
