package io.awstrader.storage.deployment;

import java.time.Instant;

/**
 * What one tick saves in one conditional write: the new state and orders, the time it ran, and optionally the
 * new details (logs, portfolio history, plot data; null keeps the stored ones).
 */
public record TickUpdate(String stateJson, String ordersJson, Instant ranAt, String detailsJson) {
    public TickUpdate {
        if (stateJson == null || ordersJson == null || ranAt == null) {
            throw new IllegalArgumentException("a tick saves state, orders and its time");
        }
    }
}
