package io.awstrader.storage;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The one definition of the table, used for DynamoDB Local and AWS alike: partition key {@code accountId}, sort
 * key {@code resourceId}, on-demand billing, TTL on {@code ttl}, and a sparse GSI over active deployments keyed by
 * {@code activeInterval} (present only while a deployment is active).
 */
public final class TableDefinition {
    public static final String PARTITION_KEY = "accountId";
    public static final String SORT_KEY = "resourceId";
    /** Epoch seconds after which DynamoDB may delete the item (sessions). */
    public static final String TTL_ATTRIBUTE = "ttl";
    /** The sparse GSI over active deployments by run interval. */
    public static final String ACTIVE_INDEX = "activeByInterval";
    public static final String ACTIVE_INTERVAL = "activeInterval";

    private TableDefinition() {
    }

    public static CreateTableRequest createRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attribute(PARTITION_KEY), attribute(SORT_KEY), attribute(ACTIVE_INTERVAL))
                .keySchema(key(PARTITION_KEY, KeyType.HASH), key(SORT_KEY, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(ACTIVE_INDEX)
                        .keySchema(key(ACTIVE_INTERVAL, KeyType.HASH), key(PARTITION_KEY, KeyType.RANGE))
                        // the scheduler needs only the keys; it reads each deployment itself
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build())
                .build();
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
