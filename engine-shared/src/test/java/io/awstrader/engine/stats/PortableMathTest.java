package io.awstrader.engine.stats;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortableMathTest {

    @Property(tries = 2000)
    void logIsAccurate(@ForAll @DoubleRange(min = -690, max = 690) double exponent) {
        double x = StrictMath.exp(exponent); // log-uniform over 1e-300 .. 1e300
        assertEquals(StrictMath.log(x), PortableMath.log(x), Math.abs(StrictMath.log(x)) * 4e-16 + 4e-16);
    }

    @Property(tries = 2000)
    void expIsAccurate(@ForAll @DoubleRange(min = -700, max = 700) double y) {
        assertEquals(StrictMath.exp(y), PortableMath.exp(y), StrictMath.exp(y) * 4e-16);
    }

    @Property(tries = 2000)
    void powIsAccurate(@ForAll @DoubleRange(min = 0.01, max = 10) double x,
                       @ForAll @DoubleRange(min = -50, max = 50) double y) {
        double expected = StrictMath.pow(x, y);
        assertEquals(expected, PortableMath.pow(x, y), expected * 1e-13);
    }

    @Test
    void edgeCases() {
        assertEquals(1.5, PortableMath.pow(1.5, 1), 1e-16);
        assertEquals(1.2, PortableMath.pow(1.44, 0.5), 2e-16);
        assertEquals(1, PortableMath.pow(7, 0));
        assertEquals(0, PortableMath.log(1));
        assertEquals(1, PortableMath.exp(0));
        assertEquals(Double.POSITIVE_INFINITY, PortableMath.pow(10, 400));
        assertEquals(0, PortableMath.exp(-800));
        assertTrue(Double.isNaN(PortableMath.pow(-1, 0.5)));
        assertTrue(Double.isNaN(PortableMath.pow(0, 2)));
    }
}
