package io.awstrader.storage;

/** The item does not exist in this account (or never did: another account's id looks the same). */
public class NotFoundException extends StorageException {
    public NotFoundException(String message) {
        super(message);
    }
}
