package io.awstrader.storage.item;

import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.StorageException;
import io.awstrader.storage.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The table as the repositories use it: strongly consistent reads, prefix queries within one partition, puts,
 * optimistic-locking updates ({@link Update}), conditional deletes, transactions and batched writes.
 */
public final class SingleTable {
    /** The optimistic-locking attribute, present on every mutable item. */
    public static final String LOCK_VERSION = "lockVersion";
    public static final String PK = TableDefinition.PARTITION_KEY;
    public static final String SK = TableDefinition.SORT_KEY;
    private static final int BATCH = 25;

    private final DynamoDbClient client;
    private final String name;

    public SingleTable(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    public DynamoDbClient client() {
        return client;
    }

    public String name() {
        return name;
    }

    public static Map<String, AttributeValue> key(String partition, String resourceId) {
        return Map.of(PK, Values.s(partition), SK, Values.s(resourceId));
    }

    /** A new item map with its keys set, to be filled and put. */
    public static Map<String, AttributeValue> item(String partition, String resourceId) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(PK, Values.s(partition));
        item.put(SK, Values.s(resourceId));
        return item;
    }

    public Optional<Map<String, AttributeValue>> get(String partition, String resourceId) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(name)
                .key(key(partition, resourceId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** All items of the partition whose sort key starts with {@code prefix}, in sort-key order. */
    public List<Map<String, AttributeValue>> query(String partition, String prefix) {
        return query(partition, prefix, null);
    }

    /** As {@link #query(String, String)} reading only the named attributes (and the keys). */
    public List<Map<String, AttributeValue>> query(String partition, String prefix, List<String> attributes) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", Values.s(partition), ":prefix", Values.s(prefix)));
        Map<String, String> names = new HashMap<>(Map.of("#pk", PK, "#sk", SK));
        if (attributes != null) {
            List<String> projected = new ArrayList<>(List.of("#pk", "#sk"));
            for (int i = 0; i < attributes.size(); i++) {
                names.put("#p" + i, attributes.get(i));
                projected.add("#p" + i);
            }
            request.projectionExpression(String.join(", ", projected));
        }
        request.expressionAttributeNames(names);
        return queryAll(request);
    }

    /** Items of the partition with sort keys between {@code from} and {@code to}, both inclusive. */
    public List<Map<String, AttributeValue>> queryBetween(String partition, String from, String to) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", Values.s(partition), ":from", Values.s(from),
                        ":to", Values.s(to)));
        return queryAll(request);
    }

    /** Keys of the items of a sparse index partition (eventually consistent, as every GSI read). */
    public List<Map<String, AttributeValue>> queryIndex(String index, String attribute, String value) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(name).indexName(index)
                .keyConditionExpression("#a = :v")
                .expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", Values.s(value)));
        return queryAll(request);
    }

    private List<Map<String, AttributeValue>> queryAll(QueryRequest.Builder request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = client.query(request.exclusiveStartKey(start).build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** Puts an item that must not exist yet; returns false when it did (nothing written). */
    public boolean putNew(Map<String, AttributeValue> item) {
        try {
            client.putItem(b -> b.tableName(name).item(item).conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", PK)));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    /** Puts an item unconditionally (caches and chunk parts, whose keys are fresh or owned by one writer). */
    public void put(Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(name).item(item));
    }

    /**
     * Applies an {@link Update} to an existing item and returns the item as written. Throws
     * {@link NotFoundException} when there is no such item (in this partition), {@link ConcurrentUpdateException}
     * when its lock version moved on, or the update's own exception when its extra condition failed.
     */
    public Map<String, AttributeValue> update(Update update) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>(update.conditionValues);
        List<String> sets = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : update.set.entrySet()) {
            names.put("#s" + i, e.getKey());
            values.put(":s" + i, e.getValue());
            sets.add("#s" + i + " = :s" + i);
            i++;
        }
        names.put("#lock", LOCK_VERSION);
        names.put("#pk", PK);
        values.put(":one", Values.n(1));
        values.put(":zero", Values.n(0));
        sets.add("#lock = if_not_exists(#lock, :zero) + :one");
        StringBuilder expression = new StringBuilder("SET ").append(String.join(", ", sets));
        if (!update.remove.isEmpty()) {
            List<String> removes = new ArrayList<>();
            int r = 0;
            for (String attribute : update.remove) {
                names.put("#r" + r, attribute);
                removes.add("#r" + r++);
            }
            expression.append(" REMOVE ").append(String.join(", ", removes));
        }
        StringBuilder condition = new StringBuilder("attribute_exists(#pk)");
        if (update.expectedLockVersion != null) {
            condition.append(" AND #lock = :expected");
            values.put(":expected", Values.n(update.expectedLockVersion));
        }
        if (update.condition != null) {
            condition.append(" AND (").append(update.condition).append(')');
            names.putAll(namesIn(update.condition));
        }
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(name)
                .key(key(update.partition, update.resourceId))
                .updateExpression(expression.toString())
                .conditionExpression(condition.toString())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)
                .build();
        try {
            return client.updateItem(request).attributes();
        } catch (ConditionalCheckFailedException failed) {
            Map<String, AttributeValue> current = get(update.partition, update.resourceId)
                    .orElseThrow(() -> new NotFoundException(update.what + " not found"));
            if (update.expectedLockVersion != null
                    && Values.numberOr(current, LOCK_VERSION, 0) != update.expectedLockVersion) {
                throw conflict(update.what);
            }
            if (update.conditionFailure != null) {
                throw update.conditionFailure.apply(current);
            }
            // the item changed between the failed write and our look: still a lost race
            throw conflict(update.what);
        }
    }

    /**
     * Adds one to a counter of an existing item without touching its lock version: a record that something happened
     * (a duplicate tick) must not make a concurrent writer's conditional write fail.
     */
    public void increment(String partition, String resourceId, String counter, String what) {
        note(partition, resourceId, counter, Map.of(), what);
    }

    /**
     * Adds one to {@code counter} and sets {@code attributes} on an existing item without touching its lock version:
     * a note beside the item's state (the latest error of something that changed nothing else).
     */
    public void note(String partition, String resourceId, String counter, Map<String, AttributeValue> attributes,
            String what) {
        Map<String, String> names = new HashMap<>(Map.of("#c", counter, "#pk", PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", Values.n(1)));
        List<String> sets = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            names.put("#s" + i, e.getKey());
            values.put(":s" + i, e.getValue());
            sets.add("#s" + i + " = :s" + i);
            i++;
        }
        String expression = "ADD #c :one" + (sets.isEmpty() ? "" : " SET " + String.join(", ", sets));
        try {
            client.updateItem(b -> b.tableName(name).key(key(partition, resourceId))
                    .updateExpression(expression).conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(names).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException missing) {
            throw new NotFoundException(what + " not found");
        }
    }

    public static ConcurrentUpdateException conflict(String what) {
        return new ConcurrentUpdateException(what + " was changed by another writer; reload it and try again");
    }

    /** Deletes an existing item; {@link NotFoundException} when there is none in this partition. */
    public Map<String, AttributeValue> delete(String partition, String resourceId, String what) {
        try {
            return client.deleteItem(b -> b.tableName(name).key(key(partition, resourceId))
                    .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK))
                    .returnValues(ReturnValue.ALL_OLD)).attributes();
        } catch (ConditionalCheckFailedException missing) {
            throw new NotFoundException(what + " not found");
        }
    }

    /** Runs a transaction; the caller interprets {@code TransactionCanceledException}. */
    /**
     * Puts a new item (none with its key may exist) only while its parent item {@code (partition, parentSortKey)}
     * exists, in one transaction. {@link TransactionCanceledException} when either condition fails; its first
     * cancellation reason is the parent's.
     */
    public void putNewUnder(String partition, String parentSortKey, Map<String, AttributeValue> item) {
        Map<String, String> pk = Map.of("#pk", PK);
        transact(List.of(
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(name)
                        .key(key(partition, parentSortKey))
                        .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(pk).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(name).item(item)
                        .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(pk).build())
                        .build()));
    }

    public void transact(List<TransactWriteItem> items) {
        client.transactWriteItems(b -> b.transactItems(items));
    }

    /** Puts many items in batches of 25, retrying what DynamoDB left unprocessed. */
    public void putAll(List<Map<String, AttributeValue>> items) {
        List<WriteRequest> requests = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            requests.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        writeAll(requests);
    }

    /** Deletes the items with these keys (missing ones are fine), in batches of 25. */
    public void deleteAll(List<Map<String, AttributeValue>> keys) {
        List<WriteRequest> requests = new ArrayList<>(keys.size());
        for (Map<String, AttributeValue> item : keys) {
            Map<String, AttributeValue> key = Map.of(PK, item.get(PK), SK, item.get(SK));
            requests.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
        }
        writeAll(requests);
    }

    private void writeAll(List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += BATCH) {
            List<WriteRequest> pending = requests.subList(from, Math.min(requests.size(), from + BATCH));
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > 8) {
                    throw new StorageException("DynamoDB kept refusing a batch write (throttled); try again later");
                }
                if (attempt > 0) {
                    sleep(25L << attempt);
                }
                List<WriteRequest> batch = pending;
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of(name, batch)));
                List<WriteRequest> left = response.hasUnprocessedItems() ? response.unprocessedItems().get(name) : null;
                pending = left == null ? List.of() : left;
            }
        }
    }

    /** {@code #word} tokens of a condition written by a repository, mapped to the attribute names. */
    private static Map<String, String> namesIn(String expression) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < expression.length(); i++) {
            if (expression.charAt(i) == '#') {
                int end = i + 1;
                while (end < expression.length() && Character.isLetterOrDigit(expression.charAt(end))) {
                    end++;
                }
                names.put(expression.substring(i, end), expression.substring(i + 1, end));
                i = end - 1;
            }
        }
        return names;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting to retry a write", e);
        }
    }
}
