package io.awstrader.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.server.api.OptionalField;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas of the API's records, read from the record components themselves, so the description cannot
 * drift from the classes Jackson reads and writes. Records become {@code components/schemas} entries.
 */
final class JsonSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> components = new TreeMap<>();

    /** The schema of a type, registering the records it uses. */
    JsonNode of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return JSON.objectNode().put("type", "array").set("items", of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return JSON.objectNode().put("type", "object").set("additionalProperties", of(args[1]));
            }
            return JSON.objectNode();
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (c == int.class || c == Integer.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int64");
        }
        if (c == double.class || c == Double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (c == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (c.isArray()) {
            return JSON.objectNode().put("type", "array").set("items", of(c.getComponentType()));
        }
        if (c.isRecord()) {
            String name = name(c);
            if (!components.containsKey(name)) {
                ObjectNode placeholder = JSON.objectNode();
                components.put(name, placeholder); // records that refer to themselves stop here
                placeholder.setAll(record(c));
            }
            return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
        }
        return JSON.objectNode().put("description", "any JSON value");
    }

    Map<String, ObjectNode> components() {
        return components;
    }

    /** The schema name of a record: its simple name ({@code BotView}, {@code NewBot}). */
    static String name(Class<?> record) {
        return record.getSimpleName();
    }

    private ObjectNode record(Class<?> c) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent component : c.getRecordComponents()) {
            properties.set(component.getName(), of(component.getGenericType()));
            if (!component.isAnnotationPresent(OptionalField.class)) {
                required.add(component.getName());
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }
}
