package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Squeeze momentum has no ta4j counterpart: it is checked against a straightforward O(n * window) recomputation
 * of the LazyBear script over the whole Bitfinex file, and against TradingView's own export of it.
 */
class SqueezeMomentumIndicatorTest {

    @Test
    void matchesNaiveRecomputationOverTheBitfinexFile() {
        CandleSeries candles = RealData.bitfinexHourly();
        SqueezeMomentumIndicator ours = new SqueezeMomentumIndicator(candles, 20, 2, 20, 1.5);
        ours.update();
        double[] momentum = naiveMomentum(candles, 20);
        int[] counts = new int[3];
        int borderline = 0;
        for (int i = 0; i < candles.size(); i++) {
            double m = ours.momentum().get(i);
            if (i < 38) {
                assertTrue(Double.isNaN(m), "momentum warm-up at " + i);
            } else {
                assertEquals(momentum[i], m, 1e-9 * Math.max(1, Math.abs(momentum[i])), "momentum at " + i);
            }
            double state = ours.squeeze().get(i);
            if (i < 20) {
                assertTrue(Double.isNaN(state), "squeeze warm-up at " + i);
                continue;
            }
            double[] bands = naiveBands(candles, i, 20, 2, 20, 1.5);
            double scale = 1e-9 * candles.close(i);
            if (Math.abs(bands[0] - bands[2]) < scale || Math.abs(bands[1] - bands[3]) < scale) {
                borderline++; // a band edge within rounding of the other: either state is right
                continue;
            }
            double expected = naiveState(bands);
            assertEquals(expected, state, "squeeze state at " + i);
            counts[(int) expected + 1]++;
        }
        assertTrue(borderline < 5, borderline + " borderline candles");
        // Equal BB and KC lengths share a centre, so the bands are nested one way or the other: "neither" needs an
        // exact tie of widths.
        assertTrue(counts[0] > 100 && counts[2] > 100, "off/on counts " + counts[0] + "/" + counts[2]);
        System.out.println("squeeze states off/neither/on: " + counts[0] + "/" + counts[1] + "/" + counts[2]
                + ", borderline " + borderline);
    }

    @Test
    void momentumReproducesTradingViewExport() {
        RealData.TradingViewExport kraken = RealData.tradingView("KRAKEN_XBTUSDRSI.csv");
        CandleSeries candles = kraken.candles();
        assertEquals(10, kraken.header().indexOf("Plot"));
        double[] plot = kraken.column("Plot"); // the first Plot column is the momentum histogram
        SqueezeMomentumIndicator ours = new SqueezeMomentumIndicator(candles, 20, 2, 20, 1.5);
        ours.update();
        int compared = 0;
        double worst = 0;
        for (int i = 38; i < candles.size(); i++) {
            double tradingView = plot[i];
            double error = Math.abs(ours.momentum().get(i) - tradingView) / Math.max(1, Math.abs(tradingView));
            assertTrue(error <= 1e-9, "momentum at " + i + ": ours " + ours.momentum().get(i) + ", TradingView "
                    + tradingView);
            worst = Math.max(worst, error);
            compared++;
        }
        assertEquals(candles.size() - 38, compared);
        assertTrue(compared > 250, compared + " compared");
        System.out.println("squeeze momentum vs TradingView: " + compared + " compared, worst relative error "
                + worst);
    }

    @Test
    void encodesSqueezeOnOffAndWarmUp() {
        // Flat closes inside wide candles: zero deviation, wide true range -> Bollinger inside Keltner (+1).
        CandleSeries quiet = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (int i = 0; i < 40; i++) {
            quiet.add(i * 3_600_000.0, 100, 110, 90, 100, 1);
        }
        SqueezeMomentumIndicator on = new SqueezeMomentumIndicator(quiet, 20, 2, 20, 1.5);
        on.update();
        assertTrue(Double.isNaN(on.squeeze().get(19)), "true range starts at candle 1, so state at 19 is NaN");
        assertEquals(SqueezeMomentumIndicator.SQUEEZE_ON, on.squeeze().get(20));
        assertEquals(0, on.momentum().get(38), 1e-12, "flat closes have no momentum");
        assertTrue(Double.isNaN(on.momentum().get(37)));

        // A steady ramp of doji candles: deviation 5.77, true range 1 -> Bollinger outside Keltner (-1).
        CandleSeries ramp = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (int i = 0; i < 40; i++) {
            ramp.add(i * 3_600_000.0, 100 + i, 100 + i, 100 + i, 100 + i, 1);
        }
        SqueezeMomentumIndicator off = new SqueezeMomentumIndicator(ramp, 20, 2, 20, 1.5);
        off.update();
        assertEquals(SqueezeMomentumIndicator.SQUEEZE_OFF, off.squeeze().get(39));
        // On a straight line the regression is exact: close - ((hh + ll)/2 + sma)/2 = 100+i - (100+i-9.5) = 9.5.
        assertEquals(9.5, off.momentum().get(39), 1e-9);

        // Different lengths give different centres: BB(20, 0.1) around close - 9.5 lies below KC(2, 1.5) around
        // close - 0.5, so Bollinger is neither inside nor around Keltner (0).
        SqueezeMomentumIndicator neither = new SqueezeMomentumIndicator(ramp, 20, 0.1, 2, 1.5);
        neither.update();
        assertEquals(SqueezeMomentumIndicator.NO_SQUEEZE, neither.squeeze().get(39));
    }

    // ---- naive recomputation -------------------------------------------------------------------------------

    private static double[] naiveMomentum(CandleSeries c, int length) {
        int n = c.size();
        double[] source = new double[n];
        for (int j = length - 1; j < n; j++) {
            double highest = Double.NEGATIVE_INFINITY;
            double lowest = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int k = j - length + 1; k <= j; k++) {
                highest = Math.max(highest, c.high(k));
                lowest = Math.min(lowest, c.low(k));
                sum += c.close(k);
            }
            source[j] = c.close(j) - ((highest + lowest) / 2 + sum / length) / 2;
        }
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        for (int i = 2 * length - 2; i < n; i++) {
            out[i] = RollingBuildingBlocksTest.leastSquaresAtNewest(source, i, length);
        }
        return out;
    }

    /** {lowerBB, upperBB, lowerKC, upperKC} at candle i, two-pass statistics. */
    private static double[] naiveBands(CandleSeries c, int i, int bbLength, double bbMult, int kcLength,
                                       double kcMult) {
        double bbMean = 0;
        for (int k = i - bbLength + 1; k <= i; k++) {
            bbMean += c.close(k);
        }
        bbMean /= bbLength;
        double squares = 0;
        for (int k = i - bbLength + 1; k <= i; k++) {
            squares += (c.close(k) - bbMean) * (c.close(k) - bbMean);
        }
        double deviation = bbMult * Math.sqrt(squares / bbLength);
        double kcMean = 0;
        double trSum = 0;
        for (int k = i - kcLength + 1; k <= i; k++) {
            kcMean += c.close(k);
            double previous = c.close(k - 1);
            trSum += Math.max(c.high(k) - c.low(k), Math.max(Math.abs(c.high(k) - previous),
                    Math.abs(c.low(k) - previous)));
        }
        kcMean /= kcLength;
        double width = trSum / kcLength * kcMult;
        return new double[] {bbMean - deviation, bbMean + deviation, kcMean - width, kcMean + width};
    }

    private static double naiveState(double[] bands) {
        if (bands[0] > bands[2] && bands[1] < bands[3]) {
            return 1;
        }
        if (bands[0] < bands[2] && bands[1] > bands[3]) {
            return -1;
        }
        return 0;
    }

    @Test
    void exposesNamedOutputs() {
        SqueezeMomentumIndicator indicator = new SqueezeMomentumIndicator(
                new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1), 20, 2, 20, 1.5);
        assertEquals(List.of("momentum", "squeeze"), List.of(indicator.outputNames()));
        assertTrue(indicator.output(0) == indicator.momentum() && indicator.output(1) == indicator.squeeze());
    }
}
