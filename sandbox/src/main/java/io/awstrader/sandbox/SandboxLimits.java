package io.awstrader.sandbox;

import java.time.Duration;

/**
 * What one call into bot code may use.
 *
 * @param timeLimit            CPU time of one call (evaluate or call; wall-clock where the JVM cannot measure CPU
 *                             time per thread); past it the call is interrupted and fails, and the sandbox stays
 *                             usable
 * @param allocationLimitBytes bytes the calling thread may allocate during one call (garbage included, measured by
 *                             sampling every few milliseconds); past it the call is interrupted and fails, and the
 *                             sandbox stays usable. {@code Long.MAX_VALUE} for no limit
 * @param maxStringLength      longest JavaScript string, in UTF-16 units ({@code js.string-length-limit})
 * @param maxTypedArrayLength  longest typed array and ArrayBuffer, in elements ({@code js.max-typed-array-length})
 */
public record SandboxLimits(Duration timeLimit, long allocationLimitBytes, int maxStringLength,
                            int maxTypedArrayLength) {

    /** Limits for one bot tick: 2 s, 256 MiB allocated, strings and typed arrays up to 16M units. */
    public static final SandboxLimits BOT_CALL = new SandboxLimits(Duration.ofSeconds(2), 256L << 20, 1 << 24, 1 << 24);

    public SandboxLimits {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
        if (allocationLimitBytes <= 0) {
            throw new IllegalArgumentException("allocation limit must be positive, got " + allocationLimitBytes);
        }
        if (maxStringLength <= 0 || maxTypedArrayLength <= 0) {
            throw new IllegalArgumentException("string and typed array limits must be positive, got "
                    + maxStringLength + " and " + maxTypedArrayLength);
        }
    }

    /** These limits with another time limit. */
    public SandboxLimits withTimeLimit(Duration limit) {
        return new SandboxLimits(limit, allocationLimitBytes, maxStringLength, maxTypedArrayLength);
    }

    /** These limits with another allocation limit per call ({@code Long.MAX_VALUE}: none). */
    public SandboxLimits withAllocationLimit(long bytes) {
        return new SandboxLimits(timeLimit, bytes, maxStringLength, maxTypedArrayLength);
    }

    /** These limits with another longest string (UTF-16 units). */
    public SandboxLimits withMaxStringLength(int units) {
        return new SandboxLimits(timeLimit, allocationLimitBytes, units, maxTypedArrayLength);
    }
}
