package io.awstrader.storage;

/**
 * Optimistic locking refused a write: the item changed since the caller read it (its lock version moved on).
 * The caller reloads and decides again; nothing was overwritten.
 */
public class ConcurrentUpdateException extends StorageException {
    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
