package io.awstrader.storage;

/** Base of the storage layer's domain exceptions; messages never carry passwords, session ids or secrets. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
