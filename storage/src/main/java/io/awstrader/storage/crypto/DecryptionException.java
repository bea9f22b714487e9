package io.awstrader.storage.crypto;

import io.awstrader.storage.StorageException;

/** A sealed secret did not open; the message never contains key material or plaintext. */
public class DecryptionException extends StorageException {
    public DecryptionException(String message) {
        super(message);
    }
}
