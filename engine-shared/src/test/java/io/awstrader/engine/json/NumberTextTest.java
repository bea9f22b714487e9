package io.awstrader.engine.json;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "3                         | 3",
        "-3                        | -3",
        "0                         | 0",
        "-0.0                      | 0",
        "0.1                       | 0.1",
        "0.30000000000000004       | 0.30000000000000004",
        "100                       | 100",
        "1.5                       | 1.5",
        "1e21                      | 1e+21",
        "1e20                      | 100000000000000000000",
        "123e18                    | 123000000000000000000",
        "1.5e-7                    | 1.5e-7",
        "1e-7                      | 1e-7",
        "0.000001                  | 0.000001",
        "0.0000015                 | 0.0000015",
        "5e-324                    | 5e-324",
        "1.7976931348623157e308    | 1.7976931348623157e+308",
        "2.2250738585072014e-308   | 2.2250738585072014e-308",
        "123456789.123             | 123456789.123",
        "9007199254740993          | 9007199254740992",
        "1152921504606846976       | 1152921504606847000",
        "1e23                      | 1e+23",
        "0.3333333333333333        | 0.3333333333333333",
        "-1.25e-5                  | -0.0000125",
        "4.35                      | 4.35",
        "NaN                       | NaN",
        "Infinity                  | Infinity",
        "-Infinity                 | -Infinity",
    })
    void formatsLikeJavaScript(double value, String expected) {
        assertEquals(expected, NumberText.format(value));
    }

    /** Every line of the V8-generated oracle (see generate-number-oracle.mjs) must match exactly. */
    @Test
    void matchesV8OnThousandsOfValues() throws IOException {
        int formatted = 0;
        int parsed = 0;
        List<String> failures = new ArrayList<>();
        for (String line : oracle()) {
            String[] parts = line.split(" ", 3);
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16));
            if (parts[0].equals("F")) {
                formatted++;
                String got = NumberText.format(x);
                if (!got.equals(parts[2])) {
                    failures.add("format " + parts[2] + " gave " + got);
                }
                if (!"0".equals(parts[2]) && Double.doubleToRawLongBits(NumberText.parse(parts[2]))
                        != Double.doubleToRawLongBits(x)) {
                    failures.add("parse back " + parts[2]);
                }
            } else {
                parsed++;
                double got = NumberText.parse(parts[2]);
                if (Double.doubleToRawLongBits(got) != Double.doubleToRawLongBits(x)) {
                    failures.add("parse " + parts[2] + " gave " + got + " expected " + x);
                }
            }
        }
        assertTrue(formatted > 6000 && parsed > 4000, "oracle file incomplete");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    /** Where the JDK's shortest digits are three or more, its choice (closest, ties to even) must equal ours. */
    @Property(tries = 3000)
    void agreesWithJdkShortestDigits(@ForAll double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return;
        }
        String jdk = significantDigits(Double.toString(x));
        String ours = significantDigits(NumberText.format(x));
        if (jdk.length() >= 3) {
            assertEquals(jdk, ours, "digits of " + x);
        } else {
            assertTrue(ours.length() <= jdk.length(), "ours longer than the JDK's for " + x);
        }
        assertEquals(x, NumberText.parse(NumberText.format(x)));
    }

    @Property(tries = 2000)
    void parsesLikeTheJdk(@ForAll long mantissa, @ForAll("exponents") int exponent) {
        String text = mantissa + "e" + exponent;
        double jdk = Double.parseDouble(text);
        if (Double.isInfinite(jdk)) {
            assertThrows(IllegalArgumentException.class, () -> NumberText.parse(text));
        } else {
            assertEquals(jdk, NumberText.parse(text), text);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> exponents() {
        return net.jqwik.api.Arbitraries.integers().between(-345, 330);
    }

    @Test
    void parsesEdgeCases() {
        assertEquals(0.1, NumberText.parse("0.1"));
        assertEquals(-0.0, NumberText.parse("-0"));
        assertEquals(Double.MIN_VALUE, NumberText.parse("4.9406564584124654e-324"));
        assertEquals(Double.MIN_VALUE, NumberText.parse("2.4703282292062328e-324")); // just above half: rounds up
        assertEquals(0.0, NumberText.parse("2.4703282292062327e-324")); // just below half: rounds down
        assertEquals(0.0, NumberText.parse("1e-400"));
        assertEquals(Double.MAX_VALUE, NumberText.parse("1.7976931348623158e308"));
        assertEquals(1e23, NumberText.parse("1e23"));
        assertEquals(9007199254740992.0, NumberText.parse("9007199254740993")); // tie to even
        assertEquals(9007199254740996.0, NumberText.parse("9007199254740995")); // tie to even, upwards
        assertEquals(9007199254740994.0, NumberText.parse("9007199254740993.0000000000000000000000000000001"));
        StringBuilder longOne = new StringBuilder("0.");
        longOne.append("1".repeat(1000));
        assertEquals(0.11111111111111111, NumberText.parse(longOne.toString()));
        assertEquals(1e300, NumberText.parse("1" + "0".repeat(300)));
    }

    @ParameterizedTest
    @CsvSource({"01", "+1", ".5", "1.", "1e", "1e+", "-", "--1", "0x10", "NaN", "Infinity", "'1 '", "' 1'", "1.5.2"})
    void rejectsNonJsonNumbers(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberText.parse(text));
        assertTrue(e.getMessage().contains("not a JSON number"), e.getMessage());
    }

    @Test
    void rejectsNumbersBeyondTheDoubleRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberText.parse("1e309"));
        assertTrue(e.getMessage().contains("beyond the range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberText.parse("-1.8e308"));
    }

    private static String significantDigits(String text) {
        String t = text.startsWith("-") ? text.substring(1) : text;
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        if (e >= 0) {
            t = t.substring(0, e);
        }
        t = t.replace(".", "");
        int start = 0;
        while (start < t.length() - 1 && t.charAt(start) == '0') {
            start++;
        }
        int end = t.length();
        while (end > start + 1 && t.charAt(end - 1) == '0') {
            end--;
        }
        return t.substring(start, end);
    }

    private static List<String> oracle() throws IOException {
        try (InputStream in = NumberTextTest.class.getResourceAsStream("/json/number-oracle.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
