package io.awstrader.storage.deployment;

import java.time.Instant;

/**
 * What one tick saves in one conditional write: the carry, the series anchors, the key of the candle it acted on,
 * when it ran, the new counters, a pause reason when the tick paused the deployment (null keeps it running) and the
 * new details (the paper book, equity, logs, plots, errors; chunked).
 */
public record TickUpdate(String carryJson, String anchorsJson, long tickKey, Instant ranAt,
        Deployment.TickCounts counts, int consecutiveErrors, String pausedReason, String detailsJson) {
    public TickUpdate {
        if (carryJson == null || anchorsJson == null || ranAt == null || counts == null || detailsJson == null) {
            throw new IllegalArgumentException("a tick saves its carry, anchors, time, counts and details");
        }
        if (tickKey <= 0) {
            throw new IllegalArgumentException("a tick's key is the close time of its candle, got " + tickKey);
        }
    }
}
