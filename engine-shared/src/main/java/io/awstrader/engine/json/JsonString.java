package io.awstrader.engine.json;

/** A JSON string; any Java string, lone surrogates included (they are written as {@code \\udxxx} escapes). */
public record JsonString(String value) implements JsonValue {

    public JsonString {
        if (value == null) {
            throw new IllegalArgumentException("JSON string value is null; use JsonNull.INSTANCE");
        }
    }

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    public String asString() {
        return value;
    }

    @Override
    public String toString() {
        return Json.write(this);
    }
}
