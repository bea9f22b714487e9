package io.awstrader.cli;

/** A command was called wrongly: the message says how, and the command's help says how to call it right. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
