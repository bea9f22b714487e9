package io.awstrader.engine.stats;

/**
 * {@code log}, {@code exp} and {@code pow} built from +, -, *, / only, so they give the same bits on the JVM and
 * in every JavaScript engine (platform {@code Math.pow} differs in the last bit between the JVM and V8 in about
 * 4% of cases). Accurate to a few units in the last place of the exponent's argument: fine for statistics.
 */
final class PortableMath {
    private static final double LN2_HI = 6.93147180369123816490e-01; // low 21 bits zero: k * LN2_HI is exact
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double LN2 = 0.6931471805599453;
    private static final double SQRT2 = 1.4142135623730951;
    private static final double SQRT_HALF = 0.7071067811865476;
    private static final double TWO_64 = 18446744073709551616.0;

    private PortableMath() {
    }

    /** x^y for x &gt; 0; NaN for x &lt;= 0 or non-finite arguments. */
    static double pow(double x, double y) {
        if (!(x > 0) || Double.isInfinite(x) || Double.isNaN(y) || Double.isInfinite(y)) {
            return Double.NaN;
        }
        if (y == 0 || x == 1) {
            return 1;
        }
        return exp(y * log(x));
    }

    /** Natural logarithm of a finite x &gt; 0. */
    static double log(double x) {
        double m = x;
        int k = 0;
        while (m >= TWO_64) {
            m /= TWO_64;
            k += 64;
        }
        while (m < 1 / TWO_64) {
            m *= TWO_64;
            k -= 64;
        }
        while (m >= SQRT2) {
            m *= 0.5;
            k++;
        }
        while (m < SQRT_HALF) {
            m *= 2;
            k--;
        }
        // ln(m) = 2 atanh(s) with s = (m-1)/(m+1), |s| <= 0.172: the odd series converges fast
        double s = (m - 1) / (m + 1);
        double s2 = s * s;
        double series = 0;
        for (int n = 29; n >= 3; n -= 2) {
            series = (1.0 / n + series) * s2;
        }
        double lnM = 2 * s + 2 * s * series;
        // left to right on purpose: TeaVM 0.15 drops the parentheses of a + (b + c) for doubles
        return lnM + k * LN2_LO + k * LN2_HI;
    }

    /** e^y; 0 below -745 and +Infinity above 709.8, as for doubles. */
    static double exp(double y) {
        if (Double.isNaN(y)) {
            return Double.NaN;
        }
        if (y > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (y < -745.2) {
            return 0;
        }
        double k = Math.floor(y / LN2 + 0.5);
        double r = (y - k * LN2_HI) - k * LN2_LO; // |r| <= ~0.35
        double p = 1;
        for (int n = 20; n >= 1; n--) {
            p = 1 + p * r / n;
        }
        return scale2(p, (int) k);
    }

    /** x * 2^n by exact power-of-two steps. */
    private static double scale2(double x, int n) {
        double r = x;
        int k = n;
        while (k > 0) {
            int step = Math.min(k, 60);
            r *= twoTo(step);
            k -= step;
        }
        while (k < 0) {
            int step = Math.min(-k, 60);
            r /= twoTo(step);
            k += step;
        }
        return r;
    }

    private static double twoTo(int n) {
        double r = 1;
        for (int i = 0; i < n; i++) {
            r *= 2;
        }
        return r;
    }
}
