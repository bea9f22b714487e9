package io.awstrader.storage.deployment;

import io.awstrader.storage.ConcurrentUpdateException;

/** A tick whose candle (or a newer one) another tick already applied: saving it again would apply it twice. */
public final class TickAlreadyAppliedException extends ConcurrentUpdateException {
    private final long appliedKey;

    public TickAlreadyAppliedException(String deploymentId, long tickKey, long appliedKey) {
        super("deployment " + deploymentId + " already applied the tick of candle close " + appliedKey
                + " (this tick: " + tickKey + ")");
        this.appliedKey = appliedKey;
    }

    /** The key of the newest tick applied. */
    public long appliedKey() {
        return appliedKey;
    }
}
