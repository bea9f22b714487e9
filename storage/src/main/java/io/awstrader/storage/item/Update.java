package io.awstrader.storage.item;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An optimistic-locking update of one existing item: attributes to set and remove, the lock version the caller
 * read, and optionally one more condition with the exception to throw when only that condition fails.
 */
public final class Update {
    final String partition;
    final String resourceId;
    final String what;
    final Map<String, AttributeValue> set = new LinkedHashMap<>();
    final Set<String> remove = new LinkedHashSet<>();
    Long expectedLockVersion;
    String condition;
    Map<String, AttributeValue> conditionValues = Map.of();
    Function<Map<String, AttributeValue>, RuntimeException> conditionFailure;

    private Update(String partition, String resourceId, String what) {
        this.partition = partition;
        this.resourceId = resourceId;
        this.what = what;
    }

    /** An update of the item at these keys; {@code what} names it in error messages ("bot abc"). */
    public static Update of(String partition, String resourceId, String what) {
        return new Update(partition, resourceId, what);
    }

    public Update set(String attribute, AttributeValue value) {
        set.put(attribute, value);
        return this;
    }

    public Update remove(String attribute) {
        remove.add(attribute);
        return this;
    }

    /** Applies only if the item's lock version is still {@code lockVersion}; the write moves it on by one. */
    public Update expectLockVersion(long lockVersion) {
        this.expectedLockVersion = lockVersion;
        return this;
    }

    /**
     * One more condition (attribute names used directly, values as {@code :c0...}), and the exception to throw
     * when the item exists with the expected lock version but this condition is false.
     */
    public Update when(String expression, Map<String, AttributeValue> values,
            Function<Map<String, AttributeValue>, RuntimeException> failure) {
        this.condition = expression;
        this.conditionValues = values;
        this.conditionFailure = failure;
        return this;
    }
}
