package io.awstrader.storage;

import java.nio.file.Path;
import java.util.Map;

/** Where the app keeps its files: {@code --data-dir}, else {@code AWSTRADER_DATA_DIR}, else {@code ~/.awstrader}. */
public final class DataFolder {
    /** The environment variable that names the data folder. */
    public static final String ENV = "AWSTRADER_DATA_DIR";

    private DataFolder() {
    }

    /** The data folder for a command-line value (may be null) and an environment. */
    public static Path resolve(String commandLineValue, Map<String, String> env) {
        if (commandLineValue != null && !commandLineValue.isBlank()) {
            return Path.of(commandLineValue).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".awstrader");
    }
}
