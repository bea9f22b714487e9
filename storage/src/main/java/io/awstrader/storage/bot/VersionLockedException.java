package io.awstrader.storage.bot;

import io.awstrader.storage.StorageException;

/** An edit of a locked version: create a new version to change the code. */
public class VersionLockedException extends StorageException {
    public VersionLockedException(String botId, VersionNumber number) {
        super("version " + number + " of bot " + botId + " is locked (it was backtested or deployed); "
                + "create a new version to edit the code");
    }
}
