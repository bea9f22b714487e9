package io.awstrader.adapters.http;

/** Time for rate limits and backoff: the system's, or a fake one in tests that records waits instead of waiting. */
public interface Waiting {
    /** A monotonic time in nanoseconds. */
    long nanoTime();

    /** Blocks the calling thread for {@code nanos}; the one place adapters wait. */
    void sleep(long nanos) throws InterruptedException;

    /** The real clock. */
    Waiting SYSTEM = new Waiting() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };
}
