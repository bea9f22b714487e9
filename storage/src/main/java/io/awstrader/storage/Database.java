package io.awstrader.storage;

import io.awstrader.storage.item.SingleTable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler;

/**
 * The DynamoDB the app talks to: DynamoDB Local started inside this JVM (on 127.0.0.1, a free port, data in a
 * file under the data folder or in memory), a DynamoDB-compatible endpoint, or AWS DynamoDB. Opening it creates
 * the table when it is missing; closing it stops the in-process server.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final StorageSettings settings;
    private final DynamoDbClient client;
    private final SingleTable table;
    private final LocalServer local;
    private final String description;

    private Database(StorageSettings settings, DynamoDbClient client, LocalServer local, String description) {
        this.settings = settings;
        this.client = client;
        this.table = new SingleTable(client, settings.table());
        this.local = local;
        this.description = description;
    }

    /** Opens the database the settings name and makes sure the table exists. */
    public static Database open(StorageSettings settings) {
        LocalServer local = null;
        DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        String description;
        switch (settings.mode()) {
            case LOCAL_FILE, LOCAL_MEMORY -> {
                Path dbDir = settings.mode() == StorageSettings.Mode.LOCAL_FILE
                        ? settings.dataDir().resolve("dynamodb") : null;
                local = LocalServer.start(dbDir);
                builder.endpointOverride(local.endpoint())
                        .region(Region.US_EAST_1)
                        // ignored with -sharedDb, but the SDK must sign and DynamoDB Local wants a letters-and-digits key id
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("awstraderlocal", "awstraderlocal")));
                description = "DynamoDB Local in-process at " + local.endpoint()
                        + (dbDir == null ? " (in memory)" : " (data in " + dbDir + ")");
            }
            case ENDPOINT -> {
                builder.endpointOverride(settings.endpoint())
                        .region(regionOr(Region.US_EAST_1))
                        // a local endpoint accepts any credentials; real ones win when they are configured
                        .credentialsProvider(AwsCredentialsProviderChain.of(DefaultCredentialsProvider.builder().build(),
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("awstraderlocal", "awstraderlocal"))));
                description = "DynamoDB at " + settings.endpoint();
            }
            case AWS -> {
                description = "AWS DynamoDB";
            }
            default -> throw new IllegalStateException("unknown storage mode " + settings.mode());
        }
        DynamoDbClient client = builder.build();
        Database database = new Database(settings, client, local, description + ", table " + settings.table());
        try {
            database.ensureTable();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.log(System.Logger.Level.INFO, "storage: " + database.description);
        return database;
    }

    /** DynamoDB Local in memory with the default table: for tests. */
    public static Database inMemory() {
        return open(StorageSettings.inMemory());
    }

    public DynamoDbClient client() {
        return client;
    }

    public String tableName() {
        return settings.table();
    }

    public StorageSettings settings() {
        return settings;
    }

    /** The table access shared by the repositories. */
    public SingleTable table() {
        return table;
    }

    /** One line saying where the data is, for the startup log. */
    public String description() {
        return description;
    }

    /** Creates the table (and its index and TTL) unless it exists; safe to call from several processes at once. */
    public void ensureTable() {
        String name = settings.table();
        if (!tableExists(name)) {
            try {
                client.createTable(TableDefinition.createRequest(name));
            } catch (ResourceInUseException raced) {
                // another process created it between our look and our create: fine
            }
            client.waiter().waitUntilTableExists(b -> b.tableName(name)).matched().exception().ifPresent(e -> {
                throw new StorageException("table " + name + " did not become ready", e);
            });
        }
        DescribeTimeToLiveResponse ttl = client.describeTimeToLive(b -> b.tableName(name));
        TimeToLiveStatus status = ttl.timeToLiveDescription() == null ? null
                : ttl.timeToLiveDescription().timeToLiveStatus();
        if (status != TimeToLiveStatus.ENABLED && status != TimeToLiveStatus.ENABLING) {
            client.updateTimeToLive(b -> b.tableName(name).timeToLiveSpecification(
                    s -> s.attributeName(TableDefinition.TTL_ATTRIBUTE).enabled(true)));
        }
    }

    private boolean tableExists(String name) {
        try {
            DescribeTableResponse described = client.describeTable(b -> b.tableName(name));
            boolean hasIndex = described.table().hasGlobalSecondaryIndexes() && described.table()
                    .globalSecondaryIndexes().stream().anyMatch(i -> i.indexName().equals(TableDefinition.ACTIVE_INDEX));
            if (!hasIndex) {
                throw new StorageException("table " + name + " exists but has no index "
                        + TableDefinition.ACTIVE_INDEX + "; it was not created by this version of AWS Trader");
            }
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    /** Stops the in-process server (if any) and the client. */
    @Override
    public void close() {
        client.close();
        if (local != null) {
            local.stop();
        }
    }

    private static Region regionOr(Region fallback) {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException none) {
            return fallback;
        }
    }

    /**
     * DynamoDB Local's request handler behind our own Jetty connector: {@code ServerRunner} binds every network
     * interface and cannot report an ephemeral port, so we wire the same classes onto 127.0.0.1 port 0.
     * Telemetry stays off because we never call the runner that configures it.
     */
    private static final class LocalServer {
        private final Server jetty;
        private final LocalDynamoDBServerHandler handler;
        private final URI endpoint;

        private LocalServer(Server jetty, LocalDynamoDBServerHandler handler, URI endpoint) {
            this.jetty = jetty;
            this.handler = handler;
            this.endpoint = endpoint;
        }

        static LocalServer start(Path dbDir) {
            long started = System.nanoTime();
            LocalDynamoDBServerHandler handler = null;
            Server jetty = new Server();
            try {
                if (dbDir != null) {
                    Files.createDirectories(dbDir);
                }
                LocalDynamoDBRequestHandler requests = new LocalDynamoDBRequestHandler(0, dbDir == null,
                        dbDir == null ? null : dbDir.toString(), true, false);
                handler = new LocalDynamoDBServerHandler(requests, null);
                ServerConnector connector = new ServerConnector(jetty);
                connector.setHost("127.0.0.1");
                connector.setPort(0);
                jetty.addConnector(connector);
                // setUpHandler only builds DynamoDB Local's handler tree; its own (unstarted) Jetty is never bound
                jetty.setHandler(new DynamoDBProxyServer(0, handler).setUpHandler(handler));
                jetty.start();
                URI endpoint = URI.create("http://127.0.0.1:" + connector.getLocalPort());
                LOG.log(System.Logger.Level.DEBUG, () -> "DynamoDB Local started in "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
                return new LocalServer(jetty, handler, endpoint);
            } catch (IOException e) {
                throw new StorageException("cannot create the database folder " + dbDir + ": " + e.getMessage(), e);
            } catch (Exception e) {
                stopQuietly(jetty, handler);
                throw new StorageException("DynamoDB Local did not start: " + e.getMessage(), e);
            }
        }

        URI endpoint() {
            return endpoint;
        }

        void stop() {
            stopQuietly(jetty, handler);
        }

        private static void stopQuietly(Server jetty, LocalDynamoDBServerHandler handler) {
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "stopping DynamoDB Local's HTTP server failed: " + e.getMessage());
            }
            if (handler != null) {
                handler.close();
            }
        }
    }
}
