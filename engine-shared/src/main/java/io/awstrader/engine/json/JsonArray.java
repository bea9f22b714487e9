package io.awstrader.engine.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** An immutable JSON array. */
public final class JsonArray implements JsonValue {
    private static final JsonArray EMPTY = new JsonArray(new ArrayList<>());
    private final List<JsonValue> items;

    private JsonArray(ArrayList<JsonValue> items) {
        this.items = Collections.unmodifiableList(items);
    }

    public static JsonArray of(JsonValue... items) {
        return of(Arrays.asList(items));
    }

    /** An array of these items (copied); null items are refused. */
    public static JsonArray of(List<? extends JsonValue> items) {
        if (items.isEmpty()) {
            return EMPTY;
        }
        ArrayList<JsonValue> copy = new ArrayList<>(items.size());
        for (JsonValue item : items) {
            if (item == null) {
                throw new IllegalArgumentException("JSON array item " + copy.size() + " is null; use JsonNull.INSTANCE");
            }
            copy.add(item);
        }
        return new JsonArray(copy);
    }

    /** An array of numbers; non-finite ones are written as null. */
    public static JsonArray ofNumbers(double... values) {
        ArrayList<JsonValue> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(new JsonNumber(value));
        }
        return new JsonArray(list);
    }

    /** An array over this list, which the caller hands over and must not change. */
    static JsonArray owning(ArrayList<JsonValue> items) {
        return items.isEmpty() ? EMPTY : new JsonArray(items);
    }

    public int size() {
        return items.size();
    }

    public JsonValue get(int index) {
        if (index < 0 || index >= items.size()) {
            throw new IndexOutOfBoundsException("index " + index + " outside JSON array of size " + items.size());
        }
        return items.get(index);
    }

    /** The items, unmodifiable. */
    public List<JsonValue> items() {
        return items;
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public JsonArray asArray() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonArray a && a.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return Json.write(this);
    }
}
