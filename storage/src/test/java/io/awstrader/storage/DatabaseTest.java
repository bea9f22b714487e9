package io.awstrader.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Values;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void createsTableWithIndexAndTtlOnlyOnce() {
        try (Database db = Database.open(StorageSettings.localFile(dataDir).withTable("trader-test"))) {
            TableDescription table = db.client().describeTable(b -> b.tableName("trader-test")).table();
            assertEquals(TableDefinition.ACTIVE_INDEX, table.globalSecondaryIndexes().get(0).indexName());
            assertEquals(TimeToLiveStatus.ENABLED, db.client().describeTimeToLive(b -> b.tableName("trader-test"))
                    .timeToLiveDescription().timeToLiveStatus());
            db.ensureTable(); // idempotent
            assertTrue(db.description().contains("127.0.0.1"), db.description());
            // bound to loopback only, and DynamoDB Local's telemetry was never configured (no outbound calls)
            assertTrue(software.amazon.dynamodb.services.local.monitoring.Telemetry.getTelemetry().isEmpty());
        }
    }

    @Test
    void dataSurvivesRestartOnTheSameFolder() {
        try (Database db = Database.open(StorageSettings.localFile(dataDir))) {
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = SingleTable.item("a", "B");
            item.put("x", Values.s("kept"));
            db.table().put(item);
        }
        assertTrue(Files.exists(dataDir.resolve("dynamodb/shared-local-instance.db")));
        try (Database db = Database.open(StorageSettings.localFile(dataDir))) {
            assertEquals("kept", Values.string(db.table().get("a", "B").orElseThrow(), "x"));
            assertFalse(db.table().get("a", "C").isPresent());
        }
    }
}
