package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

/** The package's rolling-window building blocks against naive recomputation over every window. */
class RollingBuildingBlocksTest {

    /** A random walk around 50,000 with steps of a few hundred and some repeated values. */
    private static double[] walk(int n, long seed) {
        return walk(n, seed, false);
    }

    /** The walk, with some zeros (like volume-less candles) when {@code zeros} is set. */
    private static double[] walk(int n, long seed, boolean zeros) {
        Random random = new Random(seed);
        double[] values = new double[n];
        double price = 50_000;
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(20);
            if (kind == 0 && i > 0) {
                values[i] = values[i - 1];
            } else if (kind == 1 && zeros) {
                values[i] = 0;
            } else {
                price += random.nextGaussian() * 300;
                values[i] = price;
            }
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 14, 20, 50})
    void rollingWindowMatchesNaiveStatistics(int length) {
        double[] values = walk(5_000, length);
        RollingWindow window = new RollingWindow(length);
        for (int i = 0; i < values.length; i++) {
            window.add(values[i]);
            assertEquals(i + 1 >= length, window.isFull());
            if (!window.isFull()) {
                assertTrue(Double.isNaN(window.mean()) && Double.isNaN(window.populationVariance()));
                continue;
            }
            double sum = 0;
            int nonZero = 0;
            for (int k = i - length + 1; k <= i; k++) {
                sum += values[k];
                nonZero += values[k] != 0 ? 1 : 0;
                assertEquals(values[k], window.get(k - (i - length + 1)));
            }
            double mean = sum / length;
            double squares = 0;
            double absolute = 0;
            for (int k = i - length + 1; k <= i; k++) {
                squares += (values[k] - mean) * (values[k] - mean);
                absolute += Math.abs(values[k] - mean);
            }
            assertEquals(mean, window.mean(), 1e-10 * 50_000, "mean at " + i);
            assertEquals(squares / length, window.populationVariance(), 1e-9 * Math.max(1, squares / length),
                    "variance at " + i);
            assertEquals(absolute / length, window.meanAbsoluteDeviation(), 1e-10 * 50_000, "mean deviation at " + i);
            assertEquals(nonZero, window.nonZeroCount(), "non-zero count at " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 24})
    void rollingWindowSumsAndCountsValuesMixedWithZeros(int length) {
        double[] values = walk(5_000, 300 + length, true);
        RollingWindow window = new RollingWindow(length);
        int zeros = 0;
        for (int i = 0; i < values.length; i++) {
            window.add(values[i]);
            double sum = 0;
            int nonZero = 0;
            for (int k = Math.max(0, i - length + 1); k <= i; k++) {
                sum += values[k];
                nonZero += values[k] != 0 ? 1 : 0;
            }
            zeros += values[i] == 0 ? 1 : 0;
            assertEquals(sum, window.sum(), 1e-10 * 50_000 * length, "sum at " + i);
            assertEquals(nonZero, window.nonZeroCount(), "non-zero count at " + i);
        }
        assertTrue(zeros > 100, zeros + " zeros");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 14, 20, 50})
    void rollingExtremesMatchNaiveHighestAndLowest(int length) {
        double[] highs = walk(5_000, 100 + length);
        RollingExtremes extremes = new RollingExtremes(length);
        assertTrue(Double.isNaN(extremes.highest()));
        for (int i = 0; i < highs.length; i++) {
            double low = highs[i] - 10 - (i % 5);
            extremes.add(highs[i], low);
            assertEquals(i + 1 >= length, extremes.isFull());
            double highest = Double.NEGATIVE_INFINITY;
            double lowest = Double.POSITIVE_INFINITY;
            for (int k = Math.max(0, i - length + 1); k <= i; k++) {
                highest = Math.max(highest, highs[k]);
                lowest = Math.min(lowest, highs[k] - 10 - (k % 5));
            }
            assertEquals(highest, extremes.highest(), "highest at " + i);
            assertEquals(lowest, extremes.lowest(), "lowest at " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 20, 50})
    void rollingLinearRegressionMatchesNaiveLeastSquares(int length) {
        double[] values = walk(5_000, 200 + length);
        RollingLinearRegression regression = new RollingLinearRegression(length);
        for (int i = 0; i < values.length; i++) {
            regression.add(values[i]);
            if (i + 1 < length) {
                assertFalse(regression.isFull());
                assertTrue(Double.isNaN(regression.value()));
                continue;
            }
            assertEquals(leastSquaresAtNewest(values, i, length), regression.value(), 1e-9 * 50_000,
                    "regression at " + i);
        }
    }

    /** The least-squares line through {@code values[newest - length + 1 .. newest]}, read at the newest, two-pass. */
    static double leastSquaresAtNewest(double[] values, int newest, int length) {
        if (length == 1) {
            return values[newest];
        }
        // Centred least squares: slope = sum((x - xm)(y - ym)) / sum((x - xm)^2), read at x = length - 1.
        double xMean = (length - 1) / 2.0;
        double yMean = 0;
        for (int x = 0; x < length; x++) {
            yMean += values[newest - length + 1 + x];
        }
        yMean /= length;
        double covariance = 0;
        double varianceX = 0;
        for (int x = 0; x < length; x++) {
            covariance += (x - xMean) * (values[newest - length + 1 + x] - yMean);
            varianceX += (x - xMean) * (x - xMean);
        }
        return yMean + covariance / varianceX * (length - 1 - xMean);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void refuseEmptyWindows(int length) {
        assertThrows(IllegalArgumentException.class, () -> new RollingWindow(length));
        assertThrows(IllegalArgumentException.class, () -> new RollingExtremes(length));
        assertThrows(IllegalArgumentException.class, () -> new RollingLinearRegression(length));
    }
}
