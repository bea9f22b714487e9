package io.awstrader.engine.json;

/**
 * Exact conversions between doubles and decimal text, identical on the JVM and in TeaVM JavaScript.
 *
 * <p>{@link #format} is ECMAScript's Number::toString (what {@code String(x)} and {@code JSON.stringify} print):
 * the shortest digits that read back to the same double, the closest of those (ties to an even digit), laid out
 * without an exponent between 1e-7 and 1e21. {@link #parse} reads JSON number text to the nearest double (ties to
 * even), as {@code JSON.parse} does. Neither relies on {@code Double.toString}/{@code parseDouble} alone:
 * TeaVM 0.15's versions are not shortest and not correctly rounded, and the JDK's prints {@code 4.9E-324} where
 * JavaScript prints {@code 5e-324}. Both run on exact big-number arithmetic ({@link Natural}) with int and double
 * fast paths.
 *
 * <p>Formatting many numbers (a result's 31k equity values) on big numbers costs more than the backtest, so
 * {@link #format} first asks a {@link PlatformDigits}: a platform formatter that is exact by its specification (the
 * JDK's {@code Double.toString} since JDK 19, ECMAScript's {@code Number::toString} in the browser build), read back
 * as digits and a decimal point. The big-number path stays the reference and the fallback where a platform cannot
 * tell (see {@link #JDK_DIGITS}).
 */
public final class NumberText {
    /** Digits kept when reading; any longer input is exactly represented by these plus a sticky digit. */
    private static final int MAX_DIGITS = 780;
    private static final double TWO_POW_52 = 0x1p52;
    private static final double TWO_POW_53 = 0x1p53;
    private static final double MIN_NORMAL = 0x1p-1022;
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int NONE = Integer.MIN_VALUE;
    private static final double INV_LN2 = 1.4426950408889634;
    private static final double[] POW2 = new double[61];

    static {
        POW2[0] = 1;
        for (int i = 1; i < POW2.length; i++) {
            POW2[i] = POW2[i - 1] * 2;
        }
    }

    /** The platform formatter {@link #append} asks first; replaced through {@link #usePlatformDigits}. */
    private static PlatformDigits platform;

    private NumberText() {
    }

    /**
     * Shortest digits from a platform formatter whose output is exact by specification, read with
     * {@link #readDigits}.
     */
    public interface PlatformDigits {
        /**
         * The shortest digits of a finite {@code v > 0}, as {@link #readDigits} reads them: digits into
         * {@code digits} (at least 24 long), their count into {@code count[0]}, returns the decimal point
         * ({@code v = 0.d1d2...dk * 10^point}); {@link Integer#MIN_VALUE} when this formatter cannot tell.
         */
        int shortest(double v, char[] digits, int[] count);

        /**
         * The whole of {@link #format}{@code (v)} for a finite {@code v != 0} when this platform's own number text
         * is exactly that by its specification (JavaScript's {@code String(v)} is), else {@code null}: a result's
         * equity curve is then written without reading any digits back.
         */
        default String text(double v) {
            return null;
        }
    }

    /**
     * The JDK's {@code Double.toString} (JDK 19 and later: the shortest decimal that rounds to the double, the
     * closest of those, ties to an even digit, as ECMAScript's). It differs from ECMAScript only when one digit would
     * do: the JDK then also weighs two-digit decimals and may print {@code 4.9E-324} where JavaScript prints
     * {@code 5e-324}, so answers of two digits or fewer are left to the exact path.
     */
    public static final PlatformDigits JDK_DIGITS = (v, digits, count) -> {
        int point = readDigits(Double.toString(v), digits, count);
        return count[0] <= 2 ? NONE : point;
    };

    static {
        // After JDK_DIGITS: static initializers run in the order they are written.
        platform = jdkDigitsAgree() ? JDK_DIGITS : null;
    }

    /**
     * Makes {@code digits} the platform formatter {@link #format} asks first ({@code null}: the exact big-number path
     * only). The browser build installs ECMAScript's {@code Number::toString}; on the JVM {@link #JDK_DIGITS} is the
     * default when it agrees with the exact path on probe values (TeaVM's {@code Double.toString} does not).
     */
    public static void usePlatformDigits(PlatformDigits digits) {
        platform = digits;
    }

    /**
     * Reads a platform's number text ({@code 123.45}, {@code 0.00123}, {@code 1.2345E10}, {@code 1e+21}; no sign)
     * as its significant digits into {@code digits} and their count into {@code count[0]}; returns the decimal point
     * ({@code value = 0.d1d2...dk * 10^point}), or {@link Integer#MIN_VALUE} for text it does not read.
     */
    public static int readDigits(String text, char[] digits, int[] count) {
        int n = text.length();
        int k = 0;
        int point = 0;
        boolean seenPoint = false;
        int i = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (seenPoint) {
                    return NONE;
                }
                seenPoint = true;
            } else if (c >= '0' && c <= '9') {
                if (k == 0 && c == '0') {
                    if (seenPoint) {
                        point--; // a leading zero after the point: 0.00123
                    }
                    continue;
                }
                if (k == digits.length) {
                    return NONE;
                }
                digits[k++] = c;
                if (!seenPoint) {
                    point++;
                }
            } else {
                break;
            }
        }
        if (i < n) {
            char c = text.charAt(i);
            if (c != 'e' && c != 'E' || i + 1 == n) {
                return NONE;
            }
            i++;
            boolean negative = text.charAt(i) == '-';
            if (text.charAt(i) == '-' || text.charAt(i) == '+') {
                i++;
            }
            if (i == n || n - i > 4) {
                return NONE;
            }
            int exponent = 0;
            for (; i < n; i++) {
                char d = text.charAt(i);
                if (d < '0' || d > '9') {
                    return NONE;
                }
                exponent = exponent * 10 + (d - '0');
            }
            point += negative ? -exponent : exponent;
        }
        while (k > 0 && digits[k - 1] == '0') {
            k--;
        }
        if (k == 0) {
            return NONE;
        }
        count[0] = k;
        return point;
    }

    /** Whether {@link #JDK_DIGITS} gives the exact path's digits on values where non-shortest formatters slip. */
    private static boolean jdkDigitsAgree() {
        double[] probes = {0.1 + 0.2, 1e23, 2e-323, 2.2250738585072014e-308, 1.7976931348623157e308, 123456.789,
            9.5e-5, 1.0 / 3, 4.35, 5e-310, 0.000123456789012345, 18014398509481985.0, 10000.000000000002};
        char[] expected = new char[24];
        char[] actual = new char[24];
        int[] count = new int[1];
        for (double probe : probes) {
            int point = shortestDigits(probe, expected, count);
            int k = count[0];
            while (k > 1 && expected[k - 1] == '0') {
                k--;
            }
            int platformPoint;
            try {
                platformPoint = JDK_DIGITS.shortest(probe, actual, count);
            } catch (RuntimeException e) {
                return false;
            }
            if (platformPoint == NONE) {
                continue;
            }
            if (platformPoint != point || count[0] != k) {
                return false;
            }
            for (int i = 0; i < k; i++) {
                if (actual[i] != expected[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code value} as ECMAScript's {@code Number.prototype.toString()} prints it: {@code 3}, {@code 0.1},
     * {@code 1.5e-7}, {@code 1e+21}, {@code 5e-324}; {@code -0} prints {@code 0}; {@code NaN}, {@code Infinity}
     * and {@code -Infinity} print as such (JSON writers map them to {@code null}).
     */
    public static String format(double value) {
        if (value != value) {
            return "NaN";
        }
        if (value == 0) {
            return "0";
        }
        String text = platform == null || Double.isInfinite(value) ? null : platform.text(value);
        if (text != null) {
            return text; // as append writes it, without a buffer
        }
        StringBuilder out = new StringBuilder(26);
        append(out, value);
        return out.toString();
    }

    /**
     * Appends {@link #format}{@code (value)} to {@code out}: writers of many numbers (a result's equity curve) skip a
     * string per number, which TeaVM builds slowly.
     */
    public static void append(StringBuilder out, double value) {
        append(out, value, platform);
    }

    /** The platform formatter in use ({@code null}: none). */
    static PlatformDigits platformDigits() {
        return platform;
    }

    /** {@link #format} on the exact big-number path alone, the reference the platform formatters are tested on. */
    static String formatExact(double value) {
        StringBuilder out = new StringBuilder(26);
        append(out, value, null);
        return out.toString();
    }

    /** {@link #append} asking {@code fast} first ({@code null}: exact path only). */
    private static void append(StringBuilder out, double value, PlatformDigits fast) {
        if (value != value) {
            out.append("NaN");
            return;
        }
        if (value == Double.POSITIVE_INFINITY) {
            out.append("Infinity");
            return;
        }
        if (value == Double.NEGATIVE_INFINITY) {
            out.append("-Infinity");
            return;
        }
        if (value == 0) {
            out.append('0');
            return;
        }
        String text = fast == null ? null : fast.text(value);
        if (text != null) {
            out.append(text);
            return;
        }
        double v = value;
        if (v < 0) {
            out.append('-');
            v = -v;
        }
        char[] digits = new char[24];
        int[] count = new int[1];
        int point;
        if (v < TWO_POW_53 && v == Math.floor(v)) {
            point = integerDigits(v, digits, count);
        } else if (fast != null && (point = fast.shortest(v, digits, count)) != NONE) {
            // the platform's exact shortest digits
        } else {
            point = gridDigits(v, digits, count);
            if (point == NONE) {
                point = shortestDigits(v, digits, count);
            }
        }
        int k = count[0];
        while (k > 1 && digits[k - 1] == '0') {
            k--;
        }
        layout(out, digits, k, point);
    }

    /**
     * Reads a JSON number ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, nothing around it) to the
     * nearest double. Tiny values round to zero as in JavaScript; values beyond the double range are refused
     * (JavaScript would give Infinity, which JSON cannot carry).
     */
    public static double parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("number text is missing");
        }
        int end = scanJsonNumber(text, 0);
        if (end != text.length() || end == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a JSON number"
                    + (end > 0 && end < text.length() ? " (unexpected '" + text.charAt(end) + "' at index " + end + ")"
                    : ""));
        }
        double result = toDouble(text, 0, end);
        if (Double.isInfinite(result)) {
            throw new IllegalArgumentException("number " + text + " is beyond the range of a double");
        }
        return result;
    }

    /**
     * The end index of the JSON number that starts at {@code start}, or -1 - (index of the first bad character)
     * when the text there is not a well-formed JSON number.
     */
    static int scanJsonNumber(String text, int start) {
        int n = text.length();
        int i = start;
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        if (i >= n || !isDigit(text.charAt(i))) {
            return -1 - i;
        }
        if (text.charAt(i) == '0') {
            i++;
            if (i < n && isDigit(text.charAt(i))) {
                return -1 - i; // leading zero
            }
        } else {
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            if (i >= n || !isDigit(text.charAt(i))) {
                return -1 - i;
            }
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            if (i >= n || !isDigit(text.charAt(i))) {
                return -1 - i;
            }
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** The nearest double to the well-formed JSON number text[start, end); ±Infinity when out of range. */
    static double toDouble(String text, int start, int end) {
        int i = start;
        boolean negative = text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        // value = digits * 10^exp10, with digits the significant digits (no leading zeros)
        char[] digits = new char[Math.min(end - start, MAX_DIGITS) + 1];
        int nd = 0;
        int exp10 = 0;
        boolean dropped = false;
        for (; i < end && isDigit(text.charAt(i)); i++) {
            char c = text.charAt(i);
            if (nd == 0 && c == '0') {
                continue;
            }
            if (nd < MAX_DIGITS) {
                digits[nd++] = c;
            } else {
                dropped |= c != '0';
                exp10++;
            }
        }
        if (i < end && text.charAt(i) == '.') {
            for (i++; i < end && isDigit(text.charAt(i)); i++) {
                char c = text.charAt(i);
                if (nd == 0 && c == '0') {
                    exp10--;
                } else if (nd < MAX_DIGITS) {
                    digits[nd++] = c;
                    exp10--;
                } else {
                    dropped |= c != '0';
                }
            }
        }
        if (i < end) { // exponent
            i++;
            boolean negativeExponent = text.charAt(i) == '-';
            if (text.charAt(i) == '-' || text.charAt(i) == '+') {
                i++;
            }
            int e = 0;
            for (; i < end; i++) {
                if (e < 100_000_000) { // beyond this the value is 0 or Infinity anyway
                    e = e * 10 + (text.charAt(i) - '0');
                }
            }
            exp10 += negativeExponent ? -e : e;
        }
        while (nd > 0 && digits[nd - 1] == '0') {
            nd--;
            exp10++;
        }
        double magnitude = nd == 0 ? 0 : magnitude(digits, nd, exp10, dropped);
        return negative ? -magnitude : magnitude;
    }

    private static double magnitude(char[] digits, int nd, int exp10, boolean dropped) {
        int position = nd + exp10; // value is in [10^(position-1), 10^position)
        if (position > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (position < -325) {
            return 0;
        }
        if (!dropped && nd <= 15) {
            double d = 0;
            for (int j = 0; j < nd; j++) {
                d = d * 10 + (digits[j] - '0');
            }
            // Clinger's fast path: an exact integer and an exact power of ten give one correctly rounded operation
            if (exp10 == 0) {
                return d;
            }
            if (exp10 > 0 && exp10 <= 22) {
                return d * POW10[exp10];
            }
            if (exp10 < 0 && exp10 >= -22) {
                return d / POW10[-exp10];
            }
            if (exp10 > 22 && exp10 <= 22 + 15 - nd) {
                return d * POW10[exp10 - 22] * POW10[22];
            }
        }
        int n = nd;
        int e = exp10;
        if (dropped) { // a sticky digit keeps the value strictly between the same halfway points
            digits[n++] = '1';
            e--;
        }
        Natural exact = Natural.of(0);
        for (int j = 0; j < n; j++) {
            exact.mulAdd(10, digits[j] - '0');
        }
        return refine(exact, e, approximate(digits, n, e));
    }

    /** A double within a few units in the last place of digits * 10^exp10, clamped to the finite range. */
    private static double approximate(char[] digits, int n, int exp10) {
        int used = Math.min(n, 17);
        double d = 0;
        for (int j = 0; j < used; j++) {
            d = d * 10 + (digits[j] - '0');
        }
        int e = exp10 + (n - used);
        double z;
        if (e < -300) {
            z = d * 1e-300 * Math.pow(10, e + 300);
        } else if (e > 300) {
            z = d * 1e300 * Math.pow(10, e - 300);
        } else {
            z = d * Math.pow(10, e);
        }
        return Math.min(z, Double.MAX_VALUE);
    }

    /** The double nearest to exact * 10^exp10 (ties to even), found by stepping from z with exact comparisons. */
    private static double refine(Natural exact, int exp10, double start) {
        Natural scaled = exp10 >= 0 ? exact.copy().mulPow10(exp10) : exact;
        double z = start;
        while (true) {
            int up = compareWithMidpoint(scaled, exp10, z);
            if (up > 0 || (up == 0 && isOddMantissa(z))) {
                if (z == Double.MAX_VALUE) {
                    return Double.POSITIVE_INFINITY;
                }
                double next = nextUp(z);
                if (up == 0) {
                    return next;
                }
                z = next;
                continue;
            }
            if (z == 0) {
                return 0;
            }
            double previous = nextDown(z);
            int down = compareWithMidpoint(scaled, exp10, previous);
            if (down < 0 || (down == 0 && isOddMantissa(z))) {
                if (down == 0) {
                    return previous;
                }
                z = previous;
                continue;
            }
            return z;
        }
    }

    /** Sign of (scaled * 10^min(exp10, 0)) - (a + nextUp(a)) / 2, all exact. */
    private static int compareWithMidpoint(Natural scaled, int exp10, double a) {
        double[] mq = decompose(a);
        // midpoint = (2m + 1) * 2^(q - 1); holds across a binade step too, where nextUp(a) = (m + 1) * 2^q
        Natural left = scaled.copy();
        Natural right = Natural.of(mq[0]).mulAdd(2, 1); // 2m + 1 may exceed 2^53: not a double
        if (exp10 < 0) {
            right.mulPow10(-exp10);
        }
        int p = (int) mq[1] - 1;
        if (p >= 0) {
            right.shiftLeft(p);
        } else {
            left.shiftLeft(-p);
        }
        return left.compareTo(right);
    }

    private static boolean isOddMantissa(double a) {
        return decompose(a)[0] % 2 != 0;
    }

    /** {m, q} with a = m * 2^q exactly, m an integer below 2^53 and q >= -1074 as small as the format allows. */
    private static double[] decompose(double a) {
        if (a < MIN_NORMAL) {
            return new double[] {scale2(a, 1074), -1074};
        }
        int q = exponentOf(a) - 52;
        return new double[] {scale2(a, -q), q};
    }

    private static double nextUp(double a) {
        double[] mq = decompose(a);
        return scale2(mq[0] + 1, (int) mq[1]);
    }

    private static double nextDown(double a) {
        double[] mq = decompose(a);
        if (mq[0] == TWO_POW_52 && mq[1] > -1074) {
            return scale2(TWO_POW_53 - 1, (int) mq[1] - 1);
        }
        return scale2(mq[0] - 1, (int) mq[1]);
    }

    /** floor(log2(a)) for a normal positive double, without reading its bits (a long in TeaVM). */
    private static int exponentOf(double a) {
        int e = (int) Math.floor(Math.log(a) * INV_LN2);
        e = Math.max(-1022, Math.min(1023, e));
        while (e > -1022 && scale2(1, e) > a) {
            e--;
        }
        while (e < 1023 && scale2(1, e + 1) <= a) {
            e++;
        }
        return e;
    }

    /** x * 2^n, exact whenever the result is representable (steps are powers of two in one direction). */
    private static double scale2(double x, int n) {
        double r = x;
        int k = n;
        while (k > 60) {
            r *= 0x1p60;
            k -= 60;
        }
        while (k < -60) {
            r *= 0x1p-60;
            k += 60;
        }
        return k >= 0 ? r * POW2[k] : r / POW2[-k];
    }

    /**
     * Exact fast path for values whose shortest digits form an integer D below 2^53 with D * 10^e, |e| &lt;= 22:
     * then D * 10^e (or D / 10^-e) is one correctly rounded operation, so "reads back to v" is an exact test.
     * Walks the decimal grids from coarse to fine; the first grid with exactly one point that reads back to v
     * gives the shortest digits (the rounding interval is contiguous, so a grid point in it beside the one found
     * would also be next to v and counted). Returns NONE when it cannot decide; Dragon4 then does.
     */
    private static int gridDigits(double v, char[] digits, int[] count) {
        if (v < 1e-22 || v >= 1e22) {
            return NONE;
        }
        int e = Math.min(22, (int) Math.floor(Math.log10(v)) + 2); // at or above the leading digit
        for (; e >= -22; e--) {
            double scaled = e >= 0 ? v / POW10[e] : v * POW10[-e];
            if (scaled > TWO_POW_53 - 4) {
                return NONE;
            }
            double floor = Math.floor(scaled); // within 1 of the exact floor: one rounding of a value below 2^53
            double found = 0;
            int hits = 0;
            for (double d = Math.max(1, floor - 1); d <= floor + 2; d++) {
                if ((e >= 0 ? d * POW10[e] : d / POW10[-e]) == v) {
                    hits++;
                    found = d;
                }
            }
            if (hits == 1) {
                return integerDigits(found, digits, count) + e;
            }
            if (hits > 1) {
                return NONE; // the closest of several needs exact arithmetic
            }
        }
        return NONE;
    }

    /** Digits of an integer below 2^53; returns the decimal point position (the number of digits). */
    private static int integerDigits(double v, char[] digits, int[] count) {
        char[] reversed = new char[17];
        int n = 0;
        double x = v;
        while (x > 0) {
            double q = Math.floor(x / 10); // exact: x/10 cannot round up to the next integer below 2^53
            reversed[n++] = (char) ('0' + (int) (x - q * 10));
            x = q;
        }
        for (int i = 0; i < n; i++) {
            digits[i] = reversed[n - 1 - i];
        }
        count[0] = n;
        return n;
    }

    /**
     * Shortest digits of v &gt; 0 (Steele &amp; White / Burger &amp; Dybvig free-format algorithm on exact
     * numbers): v = 0.d1d2...dk * 10^point; returns point.
     */
    private static int shortestDigits(double v, char[] digits, int[] count) {
        double[] mq = decompose(v);
        double f = mq[0];
        int e = (int) mq[1];
        boolean even = f % 2 == 0; // the rounding interval includes its ends when the mantissa is even
        boolean asymmetric = f == TWO_POW_52 && e > -1074; // the gap below a power of two is half the gap above
        Natural r;
        Natural s;
        Natural mPlus;
        Natural mMinus;
        if (e >= 0) {
            Natural ulp = Natural.of(1).shiftLeft(e);
            if (asymmetric) {
                r = Natural.of(f).shiftLeft(e + 2);
                s = Natural.of(4);
                mPlus = ulp.copy().shiftLeft(1);
                mMinus = ulp;
            } else {
                r = Natural.of(f).shiftLeft(e + 1);
                s = Natural.of(2);
                mPlus = ulp;
                mMinus = ulp;
            }
        } else if (asymmetric) {
            r = Natural.of(f * 4);
            s = Natural.of(1).shiftLeft(2 - e);
            mPlus = Natural.of(2);
            mMinus = Natural.of(1);
        } else {
            r = Natural.of(f * 2);
            s = Natural.of(1).shiftLeft(1 - e);
            mPlus = Natural.of(1);
            mMinus = mPlus;
        }
        boolean shared = mPlus == mMinus;
        Natural scratch = Natural.of(0); // reused for sums, so the digit loop allocates nothing
        // r/s = v, mPlus/s and mMinus/s = half gaps to the neighbours. Estimate the decimal point, then fix it
        // exactly: point is the least k with (v + half gap above) below 10^k (or at it when the interval is open).
        int point = (int) Math.ceil(Math.log10(v) - 1e-10);
        if (point >= 0) {
            s.mulPow10(point);
        } else {
            r.mulPow10(-point);
            mPlus.mulPow10(-point);
            if (!shared) {
                mMinus.mulPow10(-point);
            }
        }
        while (true) {
            int high = scratch.set(r).add(mPlus).compareTo(s);
            if (even ? high >= 0 : high > 0) {
                s.mulAdd(10, 0);
                point++;
                continue;
            }
            int lower = scratch.mulAdd(10, 0).compareTo(s); // scratch still holds r + mPlus
            if (even ? lower < 0 : lower <= 0) {
                r.mulAdd(10, 0);
                mPlus.mulAdd(10, 0);
                if (!shared) {
                    mMinus.mulAdd(10, 0);
                }
                point--;
                continue;
            }
            break;
        }
        int n = 0;
        while (true) {
            r.mulAdd(10, 0);
            mPlus.mulAdd(10, 0);
            if (!shared) {
                mMinus.mulAdd(10, 0);
            }
            int digit = r.divideDigit(s);
            int low = r.compareTo(mMinus);
            int high = scratch.set(r).add(mPlus).compareTo(s);
            boolean lowDone = even ? low <= 0 : low < 0;
            boolean highDone = even ? high >= 0 : high > 0;
            if (!lowDone && !highDone) {
                digits[n++] = (char) ('0' + digit);
                continue;
            }
            if (lowDone && highDone) {
                // both digit and digit+1 read back to v: take the closer one, the even one on a tie (ECMAScript)
                int c = scratch.set(r).mulAdd(2, 0).compareTo(s);
                if (c > 0 || (c == 0 && digit % 2 != 0)) {
                    digit++;
                }
            } else if (highDone) {
                digit++;
            }
            if (digit > 9) {
                throw new IllegalStateException("digit generation overflowed for " + v);
            }
            digits[n++] = (char) ('0' + digit);
            break;
        }
        count[0] = n;
        return point;
    }

    /** ECMAScript Number::toString layout of digits d1..dk with the value 0.d1...dk * 10^n. */
    private static void layout(StringBuilder out, char[] digits, int k, int n) {
        if (k <= n && n <= 21) {
            out.append(digits, 0, k);
            for (int i = k; i < n; i++) {
                out.append('0');
            }
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k - n);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = n; i < 0; i++) {
                out.append('0');
            }
            out.append(digits, 0, k);
        } else {
            out.append(digits[0]);
            if (k > 1) {
                out.append('.').append(digits, 1, k - 1);
            }
            int exponent = n - 1;
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
