package io.awstrader.engine.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;

/** Recursive-descent RFC 8259 parser; recursion is bounded by the nesting limit. */
final class JsonParser {
    private final String text;
    private final int maxDepth;
    private int pos;

    JsonParser(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    JsonValue document() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error(pos, "expected a JSON value, got end of input");
        }
        JsonValue value = value(0);
        skipWhitespace();
        if (pos < text.length()) {
            throw error(pos, "unexpected " + describe(pos) + " after the JSON value");
        }
        return value;
    }

    private JsonValue value(int depth) {
        if (pos >= text.length()) {
            throw error(pos, "expected a JSON value, got end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return new JsonString(string());
            case 't':
                literal("true");
                return JsonBoolean.TRUE;
            case 'f':
                literal("false");
                return JsonBoolean.FALSE;
            case 'n':
                literal("null");
                return JsonNull.INSTANCE;
            default:
                if (text.startsWith("NaN", pos) || text.startsWith("Infinity", pos)
                        || text.startsWith("-Infinity", pos)) {
                    throw error(pos, "NaN and Infinity are not JSON numbers");
                }
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error(pos, "expected a JSON value, got " + describe(pos));
        }
    }

    private JsonObject object(int depth) {
        checkDepth(depth);
        pos++; // '{'
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return JsonObject.owning(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error(pos, peek() == '}' ? "trailing comma before '}'"
                        : "expected a string key in double quotes, got " + describe(pos));
            }
            int keyStart = pos;
            String key = string();
            if (members.containsKey(key)) {
                throw error(keyStart, "duplicate key " + Json.quote(key) + " in object");
            }
            skipWhitespace();
            expect(':', "after object key " + Json.quote(key));
            skipWhitespace();
            members.put(key, value(depth));
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == '}') {
                pos++;
                return JsonObject.owning(members);
            } else {
                throw error(pos, "expected ',' or '}' after object member, got " + describe(pos));
            }
        }
    }

    private JsonArray array(int depth) {
        checkDepth(depth);
        pos++; // '['
        ArrayList<JsonValue> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return JsonArray.owning(items);
        }
        while (true) {
            skipWhitespace();
            if (peek() == ']') {
                throw error(pos, "trailing comma before ']'");
            }
            items.add(value(depth));
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                return JsonArray.owning(items);
            } else {
                throw error(pos, "expected ',' or ']' after array item, got " + describe(pos));
            }
        }
    }

    private String string() {
        int start = pos;
        pos++; // opening quote
        StringBuilder out = null;
        int plain = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error(start, "unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String result = out == null ? text.substring(plain, pos) : out.append(text, plain, pos).toString();
                pos++;
                return result;
            }
            if (c < 0x20) {
                throw error(pos, "control character " + describe(pos) + " must be escaped in a string");
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(text, plain, pos);
            out.append(escape());
            plain = pos;
        }
    }

    /** Reads the escape at pos (a backslash) and returns the character it stands for. */
    private char escape() {
        int start = pos;
        pos++;
        if (pos >= text.length()) {
            throw error(start, "unterminated escape at end of input");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = pos < text.length() ? hexDigit(text.charAt(pos)) : -1;
                    if (digit < 0) {
                        throw error(pos, "expected 4 hex digits after \\u, got " + describe(pos));
                    }
                    code = code * 16 + digit;
                    pos++;
                }
                return (char) code;
            default:
                throw error(start, "bad escape \\" + c + "; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private JsonNumber number() {
        int start = pos;
        int end = NumberText.scanJsonNumber(text, pos);
        if (end < 0) {
            int bad = -1 - end;
            String problem = bad > start && text.charAt(bad - 1) == '0' && bad < text.length()
                    && text.charAt(bad) >= '0' && text.charAt(bad) <= '9' ? "leading zeros are not allowed in a number"
                    : "bad number: expected a digit, got " + describe(bad);
            throw error(bad, problem);
        }
        double value = NumberText.toDouble(text, start, end);
        if (Double.isInfinite(value)) {
            throw error(start, "number " + text.substring(start, end) + " is beyond the range of a double");
        }
        pos = end;
        return new JsonNumber(value);
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            int i = 0;
            while (pos + i < text.length() && i < word.length() && text.charAt(pos + i) == word.charAt(i)) {
                i++;
            }
            throw error(pos + i, "expected '" + word + "', got " + describe(pos + i));
        }
        pos += word.length();
    }

    private void expect(char c, String where) {
        if (peek() != c) {
            throw error(pos, "expected '" + c + "' " + where + ", got " + describe(pos));
        }
        pos++;
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw error(pos, "arrays and objects are nested deeper than " + maxDepth + " levels");
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private String describe(int at) {
        if (at >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(at);
        if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            String hex = Integer.toHexString(c).toUpperCase();
            return "U+" + "0000".substring(hex.length()) + hex;
        }
        return "'" + c + "'";
    }

    private JsonParseException error(int at, String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonParseException(problem, at, line, at - lineStart + 1);
    }
}
