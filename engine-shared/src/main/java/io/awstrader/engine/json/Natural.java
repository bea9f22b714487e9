package io.awstrader.engine.json;

import java.util.Arrays;

/**
 * A mutable arbitrary-precision natural number for exact decimal/binary conversions.
 *
 * <p>Limbs are 16-bit values kept in an {@code int[]} (least significant first) so every product of a limb
 * and a factor below 2^15 fits an {@code int}: no {@code long}, which TeaVM would turn into a slow BigInt.
 */
final class Natural {
    private static final int BITS = 16;
    private static final int MASK = 0xFFFF;
    private static final int[] POW10 = {1, 10, 100, 1000, 10000};

    private int[] limbs;
    private int size;

    private Natural(int capacity) {
        limbs = new int[Math.max(capacity, 4)];
    }

    /** The natural number {@code value}, which must be a non-negative integer below 2^63. */
    static Natural of(double value) {
        Natural n = new Natural(5);
        double rest = value;
        while (rest > 0) {
            double high = Math.floor(rest / 65536.0);
            n.limbs[n.size++] = (int) (rest - high * 65536.0);
            rest = high;
        }
        return n;
    }

    Natural copy() {
        Natural n = new Natural(limbs.length);
        System.arraycopy(limbs, 0, n.limbs, 0, size);
        n.size = size;
        return n;
    }

    boolean isZero() {
        return size == 0;
    }

    /** this = this * factor + addend, for 0 &lt;= factor, addend &lt; 2^15. */
    Natural mulAdd(int factor, int addend) {
        int carry = addend;
        for (int i = 0; i < size; i++) {
            int t = limbs[i] * factor + carry;
            limbs[i] = t & MASK;
            carry = t >>> BITS;
        }
        while (carry != 0) {
            ensure(size + 1);
            limbs[size++] = carry & MASK;
            carry >>>= BITS;
        }
        trim();
        return this;
    }

    /** this = this * 10^exponent. */
    Natural mulPow10(int exponent) {
        int e = exponent;
        while (e >= 4) {
            mulAdd(10000, 0);
            e -= 4;
        }
        if (e > 0) {
            mulAdd(POW10[e], 0);
        }
        return this;
    }

    /** this = this * 2^bits. */
    Natural shiftLeft(int bits) {
        if (size == 0 || bits == 0) {
            return this;
        }
        int whole = bits / BITS;
        int part = bits % BITS;
        ensure(size + whole + 1);
        if (part == 0) {
            limbs[size + whole] = 0;
            for (int i = size - 1; i >= 0; i--) {
                limbs[i + whole] = limbs[i];
            }
        } else {
            limbs[size + whole] = 0;
            for (int i = size - 1; i >= 0; i--) {
                int v = limbs[i] << part;
                limbs[i + whole + 1] |= v >>> BITS;
                limbs[i + whole] = v & MASK;
            }
        }
        Arrays.fill(limbs, 0, whole, 0);
        size = size + whole + 1;
        trim();
        return this;
    }

    /** this = this + other. */
    Natural add(Natural other) {
        int n = Math.max(size, other.size);
        ensure(n + 1);
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int t = (i < size ? limbs[i] : 0) + (i < other.size ? other.limbs[i] : 0) + carry;
            limbs[i] = t & MASK;
            carry = t >>> BITS;
        }
        limbs[n] = carry;
        size = n + 1;
        trim();
        return this;
    }

    /** this = this - other; other must not be larger. */
    Natural subtract(Natural other) {
        int borrow = 0;
        for (int i = 0; i < size; i++) {
            int t = limbs[i] - (i < other.size ? other.limbs[i] : 0) - borrow;
            borrow = t < 0 ? 1 : 0;
            limbs[i] = t & MASK;
        }
        if (borrow != 0) {
            throw new IllegalStateException("negative natural number");
        }
        trim();
        return this;
    }

    int compareTo(Natural other) {
        if (size != other.size) {
            return size < other.size ? -1 : 1;
        }
        for (int i = size - 1; i >= 0; i--) {
            if (limbs[i] != other.limbs[i]) {
                return limbs[i] < other.limbs[i] ? -1 : 1;
            }
        }
        return 0;
    }

    /** Sets this to the value of other, reusing this number's storage. */
    Natural set(Natural other) {
        ensure(other.size);
        System.arraycopy(other.limbs, 0, limbs, 0, other.size);
        if (size > other.size) {
            Arrays.fill(limbs, other.size, size, 0);
        }
        size = other.size;
        return this;
    }

    /**
     * Replaces this by {@code this mod divisor} and returns {@code floor(this / divisor)}, which must be below 10
     * (digit generation keeps this &lt; 10 * divisor). The quotient is estimated from the leading limbs.
     */
    int divideDigit(Natural divisor) {
        if (compareTo(divisor) < 0) {
            return 0;
        }
        int base = Math.max(0, divisor.size - 3);
        int q = Math.max(0, (int) (lead(base) / divisor.lead(base)) - 1); // at most 2 below the quotient
        if (q > 0) {
            subtractMultiple(divisor, q);
        }
        while (compareTo(divisor) >= 0) {
            subtract(divisor);
            q++;
        }
        return q;
    }

    /** The limbs from index base up, as a double (exact enough to estimate a quotient). */
    private double lead(int base) {
        double v = 0;
        for (int i = size - 1; i >= base; i--) {
            v = v * 65536.0 + limbs[i];
        }
        return v;
    }

    /** this = this - factor * other, for a small factor with the product not above this. */
    private void subtractMultiple(Natural other, int factor) {
        int borrow = 0;
        for (int i = 0; i < size; i++) {
            int t = limbs[i] - (i < other.size ? other.limbs[i] * factor : 0) - borrow;
            borrow = 0;
            if (t < 0) {
                borrow = (-t + MASK) >>> BITS;
                t += borrow << BITS;
            }
            limbs[i] = t;
        }
        if (borrow != 0) {
            throw new IllegalStateException("negative natural number");
        }
        trim();
    }

    private void ensure(int capacity) {
        if (limbs.length < capacity) {
            limbs = Arrays.copyOf(limbs, Math.max(capacity, limbs.length * 2));
        }
    }

    private void trim() {
        while (size > 0 && limbs[size - 1] == 0) {
            size--;
        }
    }

    /** Hexadecimal digits, for tests and debugging. */
    @Override
    public String toString() {
        if (size == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder(Integer.toHexString(limbs[size - 1]));
        for (int i = size - 2; i >= 0; i--) {
            String limb = Integer.toHexString(limbs[i]);
            for (int pad = limb.length(); pad < 4; pad++) {
                out.append('0');
            }
            out.append(limb);
        }
        return out.toString();
    }
}
