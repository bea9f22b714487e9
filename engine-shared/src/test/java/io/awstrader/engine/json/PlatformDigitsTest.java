package io.awstrader.engine.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The platform shortcut of {@link NumberText#format} gives the exact path's text, and reads every layout. */
class PlatformDigitsTest {

    @ParameterizedTest(name = "{0} -> {1} x 10^{2}")
    @CsvSource(delimiter = '|', value = {
        "123.45          | 12345 | 3",
        "0.00123         | 123   | -2",
        "1.2345E10       | 12345 | 11",
        "1.0E-5          | 1     | -4",
        "1e+21           | 1     | 22",
        "5e-324          | 5     | -323",
        "4.9E-324        | 49    | -323",
        "100.0           | 1     | 3",
        "0.30000000000000004 | 30000000000000004 | 0",
    })
    void readsJavaAndJavaScriptLayouts(String text, String digits, int point) {
        char[] out = new char[24];
        int[] count = new int[1];
        assertEquals(point, NumberText.readDigits(text, out, count));
        assertEquals(digits, new String(out, 0, count[0]));
    }

    @ParameterizedTest
    @CsvSource({"abc", "1.2.3", "1e", "1e+", "''", "0", "1x"})
    void refusesTextItDoesNotRead(String text) {
        assertEquals(Integer.MIN_VALUE, NumberText.readDigits(text, new char[24], new int[1]));
    }

    @Test
    void theJdkFormatterIsInUseOnThisJvm() {
        assertEquals(NumberText.JDK_DIGITS, NumberText.platformDigits());
    }

    /** Any double at all: random bit patterns cover every exponent, subnormals and one-digit values included. */
    @Test
    void jdkDigitsMatchTheExactPathOnRandomBitPatterns() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            assertEquals(NumberText.formatExact(v), NumberText.format(v), () -> "bits " + Double.doubleToRawLongBits(v));
        }
    }

    /** What results are made of: prices, amounts and equity values of a few to 17 digits. */
    @Test
    void jdkDigitsMatchTheExactPathOnMoneyLikeValues() {
        Random random = new Random(12);
        double equity = 10_000;
        for (int i = 0; i < 200_000; i++) {
            equity *= 1 + (random.nextDouble() - 0.5) * 0.01;
            double price = Math.round(random.nextDouble() * 1e7) / 100.0;
            double amount = equity / price * 0.99;
            for (double v : new double[] {equity, price, amount, price * 1.001, amount * price, 1.0 / (i + 1)}) {
                assertEquals(NumberText.formatExact(v), NumberText.format(v), () -> "value " + v);
            }
        }
    }
}
