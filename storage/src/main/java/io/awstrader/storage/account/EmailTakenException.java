package io.awstrader.storage.account;

import io.awstrader.storage.StorageException;

/** Sign-up with an email that already belongs to an account. */
public class EmailTakenException extends StorageException {
    public EmailTakenException() {
        super("an account with this email already exists");
    }
}
