package io.awstrader.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which DynamoDB to use and the table name.
 *
 * @param mode     where the database is
 * @param dataDir  the data folder (DynamoDB Local's file lives in {@code dataDir/dynamodb}); null for memory/AWS
 * @param endpoint the endpoint for {@link Mode#ENDPOINT}, else null
 * @param table    the table name
 */
public record StorageSettings(Mode mode, Path dataDir, URI endpoint, String table) {
    /** Environment variable: an endpoint URL (e.g. a DynamoDB Local container), or {@code aws} for AWS DynamoDB. */
    public static final String ENDPOINT_ENV = "AWSTRADER_DYNAMODB_ENDPOINT";
    /** Environment variable: the table name (default {@value #DEFAULT_TABLE}). */
    public static final String TABLE_ENV = "AWSTRADER_DYNAMODB_TABLE";
    public static final String DEFAULT_TABLE = "awstrader";

    /** Where the database runs. */
    public enum Mode {
        /** DynamoDB Local inside this JVM, data in a file under the data folder. */
        LOCAL_FILE,
        /** DynamoDB Local inside this JVM, data in memory (tests). */
        LOCAL_MEMORY,
        /** A DynamoDB-compatible endpoint named by URL; standard AWS region and credential settings apply. */
        ENDPOINT,
        /** AWS DynamoDB through the standard AWS region and credential settings. */
        AWS
    }

    public StorageSettings {
        if (mode == null) {
            throw new IllegalArgumentException("storage mode is missing");
        }
        if (mode == Mode.LOCAL_FILE && dataDir == null) {
            throw new IllegalArgumentException("DynamoDB Local on disk needs a data folder");
        }
        if (mode == Mode.ENDPOINT && endpoint == null) {
            throw new IllegalArgumentException("endpoint mode needs an endpoint URL");
        }
        checkTableName(table);
    }

    public static StorageSettings localFile(Path dataDir) {
        return new StorageSettings(Mode.LOCAL_FILE, dataDir, null, DEFAULT_TABLE);
    }

    public static StorageSettings inMemory() {
        return new StorageSettings(Mode.LOCAL_MEMORY, null, null, DEFAULT_TABLE);
    }

    public static StorageSettings endpoint(URI endpoint) {
        return new StorageSettings(Mode.ENDPOINT, null, endpoint, DEFAULT_TABLE);
    }

    public static StorageSettings aws() {
        return new StorageSettings(Mode.AWS, null, null, DEFAULT_TABLE);
    }

    public StorageSettings withTable(String name) {
        return new StorageSettings(mode, dataDir, endpoint, name);
    }

    /**
     * Settings from the environment: {@value #ENDPOINT_ENV} = {@code aws} or a URL switches to that database;
     * inside AWS Lambda ({@code AWS_LAMBDA_FUNCTION_NAME} set) AWS DynamoDB is the only choice; otherwise
     * DynamoDB Local runs in-process with its file under {@code dataDir}.
     */
    public static StorageSettings fromEnvironment(Path dataDir, Map<String, String> env) {
        String endpoint = env.getOrDefault(ENDPOINT_ENV, "").trim();
        String table = env.getOrDefault(TABLE_ENV, "").trim();
        StorageSettings settings;
        if (endpoint.equalsIgnoreCase("aws") || (endpoint.isEmpty() && env.containsKey("AWS_LAMBDA_FUNCTION_NAME"))) {
            settings = aws();
        } else if (!endpoint.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ENDPOINT_ENV + " is not a URL or 'aws'");
            }
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(ENDPOINT_ENV + " must be a URL such as http://localhost:8000, or 'aws'");
            }
            settings = endpoint(uri);
        } else {
            settings = localFile(dataDir);
        }
        return table.isEmpty() ? settings : settings.withTable(table);
    }

    private static void checkTableName(String name) {
        if (name == null || name.length() < 3 || name.length() > 255) {
            throw new IllegalArgumentException("table name must be 3 to 255 characters, got " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '.';
            if (!ok) {
                throw new IllegalArgumentException("table name may hold letters, digits, '_', '-' and '.', got " + name);
            }
        }
    }
}
