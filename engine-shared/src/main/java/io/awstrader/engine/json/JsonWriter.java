package io.awstrader.engine.json;

import java.util.List;
import java.util.Map;

/** Writes values exactly as JSON.stringify does (key order kept, ECMAScript number text). */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {
    }

    static String write(JsonValue value, boolean pretty) {
        if (value == null) {
            throw new IllegalArgumentException("JSON value to write is null; use JsonNull.INSTANCE");
        }
        StringBuilder out = new StringBuilder();
        write(out, value, pretty, 0);
        return out.toString();
    }

    /** A number as JSON.stringify writes it: ECMAScript's text, {@code null} for NaN and the infinities. */
    static void number(StringBuilder out, double value) {
        if (Double.isFinite(value)) {
            NumberText.append(out, value);
        } else {
            out.append("null");
        }
    }

    /** {@link #number}'s text as a string of its own (for writers that add whole pieces, see TextPieces). */
    static String numberText(double value) {
        return Double.isFinite(value) ? NumberText.format(value) : "null";
    }

    static void write(StringBuilder out, JsonValue value) {
        if (value == null) {
            throw new IllegalArgumentException("JSON value to write is null; use JsonNull.INSTANCE");
        }
        write(out, value, false, 0);
    }

    private static void write(StringBuilder out, JsonValue value, boolean pretty, int depth) {
        switch (value) {
            case JsonNull n -> out.append("null");
            case JsonBoolean b -> out.append(b.value() ? "true" : "false");
            case JsonNumber n -> number(out, n.value());
            case JsonString s -> quote(out, s.value());
            case JsonArray a -> writeArray(out, a.items(), pretty, depth + 1);
            case JsonObject o -> writeObject(out, o.members(), pretty, depth + 1);
        }
    }

    private static void writeArray(StringBuilder out, List<JsonValue> items, boolean pretty, int depth) {
        checkDepth(depth);
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newLine(out, pretty, depth);
            write(out, items.get(i), pretty, depth);
        }
        newLine(out, pretty, depth - 1);
        out.append(']');
    }

    private static void writeObject(StringBuilder out, Map<String, JsonValue> members, boolean pretty, int depth) {
        checkDepth(depth);
        if (members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newLine(out, pretty, depth);
            quote(out, member.getKey());
            out.append(pretty ? ": " : ":");
            write(out, member.getValue(), pretty, depth);
        }
        newLine(out, pretty, depth - 1);
        out.append('}');
    }

    private static void checkDepth(int depth) {
        // the writer refuses what the parser would refuse, and stays clear of stack overflow
        if (depth > Json.MAX_DEPTH) {
            throw new IllegalArgumentException("JSON value is nested deeper than " + Json.MAX_DEPTH + " levels");
        }
    }

    private static void newLine(StringBuilder out, boolean pretty, int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    /** JSON.stringify's QuoteJSONString: short escapes, other controls and lone surrogates as lowercase \\u. */
    static void quote(StringBuilder out, String text) {
        out.append('"');
        int n = text.length();
        int plain = 0; // start of the run of characters copied as they are
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String escape = null;
            boolean unicode = false;
            switch (c) {
                case '"' -> escape = "\\\"";
                case '\\' -> escape = "\\\\";
                case '\b' -> escape = "\\b";
                case '\f' -> escape = "\\f";
                case '\n' -> escape = "\\n";
                case '\r' -> escape = "\\r";
                case '\t' -> escape = "\\t";
                default -> {
                    if (c < 0x20) {
                        unicode = true;
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                            i++; // a well-formed pair is copied as it is
                        } else {
                            unicode = true;
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode = true; // not preceded by a high surrogate, or the pair was skipped above
                    }
                }
            }
            if (escape == null && !unicode) {
                continue;
            }
            out.append(text, plain, i);
            if (escape != null) {
                out.append(escape);
            } else {
                out.append('\\').append('u').append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                        .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
            plain = i + 1;
        }
        if (plain == 0) {
            out.append(text); // nothing escaped: whole strings copy much faster than ranges in TeaVM
        } else {
            out.append(text, plain, n);
        }
        out.append('"');
    }
}
