package io.awstrader.engine.json;

/**
 * Reads and writes JSON text. Output equals JavaScript's {@code JSON.stringify(value)} (compact) and
 * {@code JSON.stringify(value, null, 2)} (pretty) for the same value, byte for byte, on the JVM and in TeaVM.
 */
public final class Json {
    /** The default nesting limit of arrays and objects, for reading and writing. */
    public static final int MAX_DEPTH = 256;

    private Json() {
    }

    /**
     * Parses strict RFC 8259 JSON: any value at the top level, surrounded only by JSON whitespace; no comments,
     * trailing commas, single quotes, NaN/Infinity, leading zeros or unescaped control characters; duplicate
     * keys in one object are refused (JavaScript would silently keep the last); numbers beyond the double range
     * are refused. Throws {@link JsonParseException} (an IllegalArgumentException) with line and column.
     */
    public static JsonValue parse(String text) {
        return parse(text, MAX_DEPTH);
    }

    /** {@link #parse(String)} with another nesting limit (arrays and objects inside each other). */
    public static JsonValue parse(String text, int maxDepth) {
        if (text == null) {
            throw new IllegalArgumentException("JSON text is missing (null)");
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("JSON nesting limit must be at least 1, got " + maxDepth);
        }
        return new JsonParser(text, maxDepth).document();
    }

    /** Compact text, as {@code JSON.stringify(value)}; non-finite numbers are written as {@code null}. */
    public static String write(JsonValue value) {
        return JsonWriter.write(value, false);
    }

    /** Appends {@link #write}{@code (value)} to {@code out}: for writers that stream the large parts of a document. */
    public static void append(StringBuilder out, JsonValue value) {
        JsonWriter.write(out, value);
    }

    /** Appends {@code text} as a JSON string literal ({@link #quote}). */
    public static void appendQuoted(StringBuilder out, String text) {
        JsonWriter.quote(out, text);
    }

    /** Appends a number as {@link #write} writes one: ECMAScript's text, {@code null} for NaN and the infinities. */
    public static void appendNumber(StringBuilder out, double value) {
        JsonWriter.number(out, value);
    }

    /** Indented text, as {@code JSON.stringify(value, null, 2)}. */
    public static String writePretty(JsonValue value) {
        return JsonWriter.write(value, true);
    }

    /** {@code text} as a JSON string literal, escaped as {@code JSON.stringify} does. */
    public static String quote(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text to quote is null");
        }
        StringBuilder out = new StringBuilder(text.length() + 2);
        JsonWriter.quote(out, text);
        return out.toString();
    }
}
