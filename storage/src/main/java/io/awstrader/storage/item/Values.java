package io.awstrader.storage.item;

import io.awstrader.storage.StorageException;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attribute values in and out of items, with clear errors for items that lack what they should hold. */
public final class Values {
    private Values() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue b(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    public static AttributeValue time(Instant value) {
        return n(value.toEpochMilli());
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        String value = stringOrNull(item, name);
        if (value == null) {
            throw broken(item, name);
        }
        return value;
    }

    public static String stringOrNull(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? null : value.s();
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw broken(item, name);
        }
        return Long.parseLong(value.n());
    }

    public static long numberOr(Map<String, AttributeValue> item, String name, long fallback) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? fallback : Long.parseLong(value.n());
    }

    public static byte[] bytes(Map<String, AttributeValue> item, String name) {
        byte[] value = bytesOrNull(item, name);
        if (value == null) {
            throw broken(item, name);
        }
        return value;
    }

    public static byte[] bytesOrNull(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.b() == null ? null : value.b().asByteArray();
    }

    public static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    public static Instant time(Map<String, AttributeValue> item, String name) {
        return Instant.ofEpochMilli(number(item, name));
    }

    public static Instant timeOrNull(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Instant.ofEpochMilli(Long.parseLong(value.n()));
    }

    private static StorageException broken(Map<String, AttributeValue> item, String name) {
        // keys only: the item itself may hold secrets
        return new StorageException("stored item " + Values.stringOrNull(item, "resourceId")
                + " lacks attribute '" + name + "'");
    }
}
