package io.awstrader.server;

import io.awstrader.server.auth.LoginLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * How the server runs.
 *
 * @param host          the address to listen on (127.0.0.1 by default: the local app is not on the network)
 * @param port          the port, 0 for any free one
 * @param dataDir       the data folder (DynamoDB Local's file, the master key)
 * @param env           the environment (storage settings, master key)
 * @param extraOrigins  origins besides http://localhost:PORT allowed to change data (e.g. a reverse proxy's)
 * @param seedDemo      create the demo account on first start
 * @param loadCandles   load the bundled candles into the cache on first start
 */
public record ServerSettings(String host, int port, Path dataDir, Map<String, String> env, Set<String> extraOrigins,
        Duration sessionLifetime, LoginLimits loginLimits, boolean seedDemo, boolean loadCandles) {
    public static final int DEFAULT_PORT = 7070;
    /** Environment variable: more allowed origins, comma separated. */
    public static final String ORIGINS_ENV = "AWSTRADER_ORIGINS";

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        env = Map.copyOf(env);
        extraOrigins = Set.copyOf(extraOrigins);
    }

    /** The defaults for a data folder: 127.0.0.1:7070, 7-day sessions, demo account and bundled candles. */
    public static ServerSettings defaults(Path dataDir, Map<String, String> env) {
        Set<String> origins = Set.of();
        String extra = env.getOrDefault(ORIGINS_ENV, "").trim();
        if (!extra.isEmpty()) {
            origins = Set.of(extra.split("\\s*,\\s*"));
        }
        return new ServerSettings("127.0.0.1", DEFAULT_PORT, dataDir, env, origins, Duration.ofDays(7),
                LoginLimits.defaults(), true, true);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, dataDir, env, extraOrigins, sessionLifetime, loginLimits, seedDemo,
                loadCandles);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, dataDir, env, extraOrigins, sessionLifetime, loginLimits, seedDemo,
                loadCandles);
    }

    public ServerSettings withLoginLimits(LoginLimits limits) {
        return new ServerSettings(host, port, dataDir, env, extraOrigins, sessionLifetime, limits, seedDemo, loadCandles);
    }

    public ServerSettings withSeedDemo(boolean seed) {
        return new ServerSettings(host, port, dataDir, env, extraOrigins, sessionLifetime, loginLimits, seed, loadCandles);
    }

    public ServerSettings withLoadCandles(boolean load) {
        return new ServerSettings(host, port, dataDir, env, extraOrigins, sessionLifetime, loginLimits, seedDemo, load);
    }
}
