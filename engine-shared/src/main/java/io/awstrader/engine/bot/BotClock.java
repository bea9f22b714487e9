package io.awstrader.engine.bot;

/**
 * The engine's time and randomness as bot code sees them: {@code Date.now()} is the run's simulated time and
 * {@code Math.random()} a sequence seeded per run, so a run can be repeated exactly in any runtime.
 *
 * <p>The generator is xorshift32 on {@code int}s (fast and identical under TeaVM, where {@code long} is a BigInt).
 */
public final class BotClock {
    private final double now;
    private int state;

    public BotClock(double now, int seed) {
        this.now = now;
        // xorshift never leaves 0, so map a zero seed to a fixed non-zero one.
        this.state = seed == 0 ? 0x9E3779B9 : seed;
    }

    /** A seed that depends only on the run seed and the run's time, so a deployment tick and a backtest agree. */
    public static int seedFor(int runSeed, double now) {
        // Keep the double in int range before casting: Java saturates out-of-range casts, JavaScript wraps them.
        int timeBits = (int) (Math.floor(now / 1000.0) % 2147483647.0);
        int h = runSeed * 0x85EBCA6B ^ timeBits * 0xC2B2AE35;
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        return h;
    }

    /** The run's current time in epoch milliseconds. */
    public double now() {
        return now;
    }

    /** The next number in [0, 1), like {@code Math.random()}. */
    public double random() {
        int x = state;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        state = x;
        // 32 random bits mapped to [0, 1): exact in a double on both runtimes.
        return (x >>> 1) / 2147483648.0;
    }
}
