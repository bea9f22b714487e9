package io.awstrader.engine.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** An immutable JSON object whose members keep the order in which they were first put. */
public final class JsonObject implements JsonValue {
    private static final JsonObject EMPTY = new JsonObject(new LinkedHashMap<>());
    private final Map<String, JsonValue> members;

    private JsonObject(LinkedHashMap<String, JsonValue> members) {
        this.members = Collections.unmodifiableMap(members);
    }

    public static JsonObject empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An object with these members in the map's iteration order (copied); null keys or values are refused. */
    public static JsonObject of(Map<String, ? extends JsonValue> members) {
        Builder builder = new Builder();
        for (Map.Entry<String, ? extends JsonValue> e : members.entrySet()) {
            builder.put(e.getKey(), e.getValue());
        }
        return builder.build();
    }

    /** An object over this map, which the caller hands over and must not change. */
    static JsonObject owning(LinkedHashMap<String, JsonValue> members) {
        return members.isEmpty() ? EMPTY : new JsonObject(members);
    }

    public int size() {
        return members.size();
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    /** The member's value, or {@code null} (Java null) when there is no such key. */
    public JsonValue get(String key) {
        return members.get(key);
    }

    /** The keys in order. */
    public Set<String> keys() {
        return members.keySet();
    }

    /** The members in order, unmodifiable. */
    public Map<String, JsonValue> members() {
        return members;
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public JsonObject asObject() {
        return this;
    }

    /** Same members in the same order: order is part of the value because it is part of the written text. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonObject other) || other.members.size() != members.size()) {
            return false;
        }
        var mine = members.entrySet().iterator();
        var theirs = other.members.entrySet().iterator();
        while (mine.hasNext()) {
            if (!mine.next().equals(theirs.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return Json.write(this);
    }

    /** Collects members in order; putting an existing key replaces its value and keeps its position (as in JS). */
    public static final class Builder {
        private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder put(String key, JsonValue value) {
            if (key == null) {
                throw new IllegalArgumentException("JSON object key is null");
            }
            if (value == null) {
                throw new IllegalArgumentException("JSON object member '" + key + "' is null; use JsonNull.INSTANCE");
            }
            members.put(key, value);
            return this;
        }

        /** A number member; a non-finite value is written as null. */
        public Builder put(String key, double value) {
            return put(key, new JsonNumber(value));
        }

        /** A string member; a null string becomes JSON null. */
        public Builder put(String key, String value) {
            return put(key, JsonValue.of(value));
        }

        public Builder put(String key, boolean value) {
            return put(key, JsonBoolean.of(value));
        }

        public boolean has(String key) {
            return members.containsKey(key);
        }

        /** The object with the members put so far; the builder stays usable. */
        public JsonObject build() {
            return members.isEmpty() ? EMPTY : new JsonObject(new LinkedHashMap<>(members));
        }
    }
}
