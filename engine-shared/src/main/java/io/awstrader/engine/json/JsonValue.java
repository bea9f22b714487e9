package io.awstrader.engine.json;

/**
 * A JSON value: null, boolean, number, string, array or object. Values are immutable, so a value tree has no
 * cycles. The {@code as...} accessors throw an {@link IllegalArgumentException} naming the actual type.
 */
public sealed interface JsonValue permits JsonNull, JsonBoolean, JsonNumber, JsonString, JsonArray, JsonObject {

    /** The JSON type name as used in messages: null, boolean, number, string, array or object. */
    String typeName();

    static JsonValue of(double value) {
        return new JsonNumber(value);
    }

    /** A number, or JSON null where it is not defined (NaN, the infinities): how results write "no value". */
    static JsonValue ofDefined(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? JsonNull.INSTANCE : new JsonNumber(value);
    }

    static JsonValue of(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonString(value);
    }

    static JsonValue of(boolean value) {
        return JsonBoolean.of(value);
    }

    default boolean isNull() {
        return false;
    }

    default double asDouble() {
        throw wrongType("number");
    }

    default String asString() {
        throw wrongType("string");
    }

    default boolean asBoolean() {
        throw wrongType("boolean");
    }

    default JsonArray asArray() {
        throw wrongType("array");
    }

    default JsonObject asObject() {
        throw wrongType("object");
    }

    private IllegalArgumentException wrongType(String expected) {
        return new IllegalArgumentException("expected a JSON " + expected + " but found " + typeName());
    }
}
