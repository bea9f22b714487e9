package io.awstrader.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageSettingsTest {
    private static final Path DATA = Path.of("/tmp/awstrader-data");

    @Test
    void localFileByDefault() {
        StorageSettings settings = StorageSettings.fromEnvironment(DATA, Map.of());
        assertEquals(StorageSettings.Mode.LOCAL_FILE, settings.mode());
        assertEquals(DATA, settings.dataDir());
        assertEquals("awstrader", settings.table());
    }

    @Test
    void endpointAwsLambdaAndTableFromTheEnvironment() {
        StorageSettings endpoint = StorageSettings.fromEnvironment(DATA,
                Map.of(StorageSettings.ENDPOINT_ENV, "http://localhost:8000", StorageSettings.TABLE_ENV, "trader-prod"));
        assertEquals(StorageSettings.Mode.ENDPOINT, endpoint.mode());
        assertEquals(URI.create("http://localhost:8000"), endpoint.endpoint());
        assertEquals("trader-prod", endpoint.table());
        assertEquals(StorageSettings.Mode.AWS,
                StorageSettings.fromEnvironment(DATA, Map.of(StorageSettings.ENDPOINT_ENV, "AWS")).mode());
        assertEquals(StorageSettings.Mode.AWS,
                StorageSettings.fromEnvironment(DATA, Map.of("AWS_LAMBDA_FUNCTION_NAME", "tick")).mode());
        assertThrows(IllegalArgumentException.class,
                () -> StorageSettings.fromEnvironment(DATA, Map.of(StorageSettings.ENDPOINT_ENV, "localhost")));
        assertThrows(IllegalArgumentException.class, () -> StorageSettings.inMemory().withTable("bad name"));
    }

    @Test
    void dataFolderPrecedence() {
        assertEquals(Path.of("/x").toAbsolutePath(), DataFolder.resolve("/x", Map.of(DataFolder.ENV, "/y")));
        assertEquals(Path.of("/y").toAbsolutePath(), DataFolder.resolve(null, Map.of(DataFolder.ENV, "/y")));
        assertEquals(Path.of(System.getProperty("user.home"), ".awstrader"), DataFolder.resolve(" ", Map.of()));
    }
}
