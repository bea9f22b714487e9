package io.awstrader.server;

import io.awstrader.sandbox.BotCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real server for one test class: a random free port, a temporary data folder with DynamoDB Local's file in
 * it, no demo account and no bundled candles unless asked. The TypeScript compiler is shared by the JVM's servers.
 */
final class TestServer implements AutoCloseable {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static BotCompiler compiler;

    private final Path dataDir;
    private final boolean ownsDir;
    private AwsTraderServer server;

    private TestServer(Path dataDir, boolean ownsDir, AwsTraderServer server) {
        this.dataDir = dataDir;
        this.ownsDir = ownsDir;
        this.server = server;
    }

    static TestServer start() {
        return start(UnaryOperator.identity());
    }

    static TestServer start(UnaryOperator<ServerSettings> customize) {
        try {
            return start(Files.createTempDirectory("awstrader-test-"), true, customize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on a given data folder (restart tests), which the caller deletes. */
    static TestServer start(Path dataDir, boolean ownsDir, UnaryOperator<ServerSettings> customize) {
        Ledger.install();
        ServerSettings settings = customize.apply(ServerSettings.defaults(dataDir, Map.of()).withPort(0)
                .withSeedDemo(false).withLoadCandles(false));
        return new TestServer(dataDir, ownsDir, AwsTraderServer.start(settings, sharedCompiler()));
    }

    static synchronized BotCompiler sharedCompiler() {
        if (compiler == null) {
            compiler = new BotCompiler();
        }
        return compiler;
    }

    AwsTraderServer server() {
        return server;
    }

    Path dataDir() {
        return dataDir;
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    /** A client with no session, connecting from 127.0.0.1. */
    Client client() {
        return new Client(base(), null);
    }

    /** A client connecting from another loopback address (its own rate-limit bucket), e.g. 127.0.0.7. */
    Client clientFrom(String loopbackAddress) {
        try {
            return new Client(base(), InetAddress.getByName(loopbackAddress));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A signed-up user with a fresh email and a strong password. */
    Client newUser() {
        Client client = client();
        int n = USERS.incrementAndGet();
        client.signUp("user" + n + "-" + System.nanoTime() + "@example.com", "Tr4der-pass-" + n + "-" + System.nanoTime());
        return client;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (ownsDir) {
            deleteTree(dataDir);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
