package io.awstrader.engine.json;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Natural against BigInteger. */
class NaturalTest {

    @Property(tries = 500)
    void arithmeticMatchesBigInteger(@ForAll @LongRange(min = 0, max = 1L << 53) long a,
                                     @ForAll @LongRange(min = 0, max = 1L << 53) long b,
                                     @ForAll @IntRange(min = 0, max = 400) int shift,
                                     @ForAll @IntRange(min = 0, max = 120) int pow10,
                                     @ForAll @IntRange(min = 0, max = 32767) int factor,
                                     @ForAll @IntRange(min = 0, max = 32767) int addend) {
        BigInteger ba = BigInteger.valueOf(a);
        BigInteger bb = BigInteger.valueOf(b);
        assertEquals(ba.toString(16), Natural.of(a).toString());
        assertEquals(ba.shiftLeft(shift).toString(16), Natural.of(a).shiftLeft(shift).toString());
        assertEquals(ba.multiply(BigInteger.TEN.pow(pow10)).toString(16), Natural.of(a).mulPow10(pow10).toString());
        assertEquals(ba.multiply(BigInteger.valueOf(factor)).add(BigInteger.valueOf(addend)).toString(16),
                Natural.of(a).mulAdd(factor, addend).toString());
        BigInteger big = ba.shiftLeft(shift).add(bb);
        Natural nBig = Natural.of(a).shiftLeft(shift).add(Natural.of(b));
        assertEquals(big.toString(16), nBig.toString());
        assertEquals(big.compareTo(bb), nBig.compareTo(Natural.of(b)));
        assertEquals(big.subtract(bb).toString(16), nBig.copy().subtract(Natural.of(b)).toString());
        assertEquals(ba.toString(16), Natural.of(0).shiftLeft(3).set(nBig).set(Natural.of(a)).toString());
    }

    @Property(tries = 300)
    void divideDigitMatchesBigInteger(@ForAll @LongRange(min = 1, max = 1L << 53) long divisor,
                                      @ForAll @IntRange(min = 0, max = 9) int digit,
                                      @ForAll @LongRange(min = 0, max = 1L << 53) long rest,
                                      @ForAll @IntRange(min = 0, max = 200) int shift) {
        BigInteger d = BigInteger.valueOf(divisor).shiftLeft(shift);
        BigInteger r = BigInteger.valueOf(rest).mod(d);
        BigInteger n = d.multiply(BigInteger.valueOf(digit)).add(r);
        Natural nat = Natural.of(divisor).shiftLeft(shift).mulAdd(digit, 0).add(Natural.of(r.longValueExact()));
        Natural dn = Natural.of(divisor).shiftLeft(shift);
        BigInteger expectedRest = n.mod(d);
        assertEquals(n.divide(d).intValue(), nat.divideDigit(dn));
        assertEquals(expectedRest.toString(16), nat.toString());
    }
}
