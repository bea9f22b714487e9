package io.awstrader.engine.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {

    /** A value with every kind of member; its expected texts below come from Node's JSON.stringify. */
    private static JsonObject sample() {
        return JsonObject.builder()
                .put("a", 1)
                .put("b", JsonArray.of(JsonValue.of(1), JsonValue.of(2.5),
                        JsonObject.builder().put("c", JsonNull.INSTANCE).put("d", JsonArray.of()).build(),
                        JsonObject.empty()))
                .put("e", "x")
                .put("f", true)
                .put("g", JsonArray.of(JsonArray.of()))
                .put("h", JsonObject.builder().put("i", JsonObject.builder().put("j", -0.0).build()).build())
                .build();
    }

    @Test
    void writesCompactLikeJsonStringify() {
        // node: JSON.stringify({a:1,b:[1,2.5,{c:null,d:[]},{}],e:"x",f:true,g:[[]],h:{i:{j:-0}}})
        assertEquals("{\"a\":1,\"b\":[1,2.5,{\"c\":null,\"d\":[]},{}],\"e\":\"x\",\"f\":true,\"g\":[[]],"
                + "\"h\":{\"i\":{\"j\":0}}}", Json.write(sample()));
    }

    @Test
    void writesPrettyLikeJsonStringifyWithIndentTwo() {
        // node: JSON.stringify(sameValue, null, 2)
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2.5,\n    {\n      \"c\": null,\n      \"d\": []\n"
                + "    },\n    {}\n  ],\n  \"e\": \"x\",\n  \"f\": true,\n  \"g\": [\n    []\n  ],\n  \"h\": {\n"
                + "    \"i\": {\n      \"j\": 0\n    }\n  }\n}", Json.writePretty(sample()));
        assertEquals("[]", Json.writePretty(JsonArray.of()));
        assertEquals("3", Json.writePretty(JsonValue.of(3)));
    }

    @Test
    void writesNumbersAsJavaScriptDoes() {
        JsonArray numbers = JsonArray.ofNumbers(3, 1e21, 1.5e-7, -0.0, 0.1, Double.NaN, Double.POSITIVE_INFINITY,
                1.0 / 3, Double.MIN_VALUE, 123e-20, 1e-7, 100, 9007199254740992.0);
        // node: JSON.stringify([3,1e21,1.5e-7,-0,0.1,NaN,Infinity,1/3,5e-324,123e-20,1e-7,100,2**53])
        assertEquals("[3,1e+21,1.5e-7,0,0.1,null,null,0.3333333333333333,5e-324,1.23e-18,1e-7,100,"
                + "9007199254740992]", Json.write(numbers));
    }

    @Test
    void escapesStringsLikeJsonStringify() {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            s.append(c);
        }
        s.append("\"\\/").append((char) 0x7f).append((char) 0x2028).append('é').append("\uD83D\uDE00")
                .append('|').append((char) 0xD800).append('|').append((char) 0xDC00).append('|')
                .append((char) 0xDC00).append((char) 0xD800);
        String expected = "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
                + "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
                + "\\u001b\\u001c\\u001d\\u001e\\u001f\\\"\\\\/" + (char) 0x7f + (char) 0x2028 + "é\uD83D\uDE00"
                + "|\\ud800|\\udc00|\\udc00\\ud800\"";
        assertEquals(expected, Json.quote(s.toString()));
        assertEquals(s.toString(), Json.parse(expected).asString(), "escapes read back to the same string");
    }

    @Test
    void readsEscapes() {
        assertEquals("\"\\/\b\f\n\r\té€", Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\"").asString());
        assertEquals("\uD83D\uDE00", Json.parse("\"\\ud83d\\ude00\"").asString());
    }

    @Test
    void roundTripsText() {
        String[] texts = {"null", "true", "false", "0", "-1.5", "\"\"", "[]", "{}", "[1,[2,[3]],{\"a\":{}}]",
            "{\"z\":1,\"a\":2,\"m\":[true,false,null]}", "1e+21", "5e-324", "-1.7976931348623157e+308"};
        for (String text : texts) {
            assertEquals(text, Json.write(Json.parse(text)), text);
        }
        assertEquals("{\"a\":[1,2],\"b\":\"c\"}", Json.write(Json.parse(" \t\r\n{ \"a\" : [ 1 , 2 ] ,\"b\":\"c\" }\n")));
    }

    @Test
    void roundTripsRandomValues() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            JsonValue value = randomValue(random, 0);
            assertEquals(value, Json.parse(Json.write(value)));
            assertEquals(value, Json.parse(Json.writePretty(value)));
            assertEquals(Json.write(value), Json.write(Json.parse(Json.writePretty(value))));
        }
    }

    @Test
    void keepsInsertionOrderAndGivesTypedAccess() {
        JsonObject o = Json.parse("{\"b\":1,\"a\":\"x\",\"c\":[true]}").asObject();
        assertEquals(List.of("b", "a", "c"), new ArrayList<>(o.keys()));
        assertEquals(1, o.get("b").asDouble());
        assertEquals("x", o.get("a").asString());
        assertTrue(o.get("c").asArray().get(0).asBoolean());
        assertNull(o.get("missing"));
        assertFalse(o.has("missing"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.get("a").asDouble());
        assertEquals("expected a JSON number but found string", e.getMessage());
        assertTrue(JsonNull.INSTANCE.isNull());
        JsonObject replaced = JsonObject.builder().put("k", 1).put("j", 2).put("k", 3).build();
        assertEquals("{\"k\":3,\"j\":2}", Json.write(replaced), "a replaced key keeps its place, as in JS");
        assertFalse(Json.parse("{\"a\":1,\"b\":2}").equals(Json.parse("{\"b\":2,\"a\":1}")), "order is part of value");
    }

    @Test
    void nonFiniteNumbersAreWrittenAsNull() {
        JsonObject o = JsonObject.builder().put("x", Double.NaN).put("y", Double.NEGATIVE_INFINITY).build();
        assertEquals("{\"x\":null,\"y\":null}", Json.write(o));
        assertTrue(Json.parse(Json.write(o)).asObject().get("x").isNull());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                  | 1 | 1 | 0 | expected a JSON value, got end of input",
        "`[1,2`              | 1 | 5 | 4 | expected ',' or ']' after array item, got end of input",
        "`[1,]`              | 1 | 4 | 3 | trailing comma before ']'",
        "`{\"a\":1,}`        | 1 | 8 | 7 | trailing comma before '}'",
        "`{\"a\" 1}`         | 1 | 6 | 5 | expected ':' after object key \"a\", got '1'",
        "`{a:1}`             | 1 | 2 | 1 | expected a string key in double quotes, got 'a'",
        "`{\"a\":1,\"a\":2}` | 1 | 8 | 7 | duplicate key \"a\" in object",
        "`[01]`              | 1 | 3 | 2 | leading zeros are not allowed in a number",
        "`[1.]`              | 1 | 4 | 3 | bad number: expected a digit, got ']'",
        "`-`                 | 1 | 2 | 1 | bad number: expected a digit, got end of input",
        "`[NaN]`             | 1 | 2 | 1 | NaN and Infinity are not JSON numbers",
        "`-Infinity`         | 1 | 1 | 0 | NaN and Infinity are not JSON numbers",
        "`1e400`             | 1 | 1 | 0 | number 1e400 is beyond the range of a double",
        "`tru`               | 1 | 4 | 3 | expected 'true', got end of input",
        "`nul1`              | 1 | 4 | 3 | expected 'null', got '1'",
        "`'a'`               | 1 | 1 | 0 | expected a JSON value, got '''",
        "`\"abc`             | 1 | 1 | 0 | unterminated string",
        "`\"a\\x\"`          | 1 | 3 | 2 | bad escape \\x; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
        "`\"\\u12g4\"`       | 1 | 6 | 5 | expected 4 hex digits after \\u, got 'g'",
        "`1 2`               | 1 | 3 | 2 | unexpected '2' after the JSON value",
        "`[1]]`              | 1 | 4 | 3 | unexpected ']' after the JSON value",
        "`{}/**/`            | 1 | 3 | 2 | unexpected '/' after the JSON value",
    })
    void reportsErrorsWithPositions(String text, int line, int column, int offset, String problem) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parse(text));
        assertEquals("bad JSON at line " + line + ", column " + column + " (offset " + offset + "): " + problem,
                e.getMessage());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertEquals(offset, e.offset());
    }

    @Test
    void countsLinesAndColumns() {
        JsonParseException e = assertThrows(JsonParseException.class,
                () -> Json.parse("{\n  \"a\": 1,\r\n  \"b\": tru\n}"));
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        JsonParseException control = assertThrows(JsonParseException.class, () -> Json.parse("[\"a\tb\"]"));
        assertEquals("bad JSON at line 1, column 4 (offset 3): control character U+0009 must be escaped in a "
                + "string", control.getMessage());
        JsonParseException nonBreaking = assertThrows(JsonParseException.class, () -> Json.parse("[1,\u00a02]"));
        assertEquals(4, nonBreaking.column(), "only space, tab, CR and LF are JSON whitespace");
    }

    @Test
    void limitsNestingDepth() {
        assertEquals(256, depthOf(Json.parse("[".repeat(256) + "]".repeat(256))));
        JsonParseException e = assertThrows(JsonParseException.class,
                () -> Json.parse("[".repeat(257) + "]".repeat(257)));
        assertEquals("bad JSON at line 1, column 257 (offset 256): arrays and objects are nested deeper than 256 "
                + "levels", e.getMessage());
        assertThrows(JsonParseException.class, () -> Json.parse("{\"a\":".repeat(100_000)),
                "a deep input fails cleanly, not with a stack overflow");
        assertThrows(JsonParseException.class, () -> Json.parse("[[[1]]]", 2));
        assertEquals(3, depthOf(Json.parse("[[[1]]]", 3)));
        JsonValue deep = JsonArray.of();
        for (int i = 1; i < 256; i++) {
            deep = JsonArray.of(deep);
        }
        assertEquals(512, Json.write(deep).length());
        JsonValue tooDeep = JsonArray.of(deep);
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> Json.write(tooDeep));
        assertEquals("JSON value is nested deeper than 256 levels", w.getMessage());
    }

    @Test
    void refusesNullsWithClearMessages() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new JsonString(null));
        assertThrows(IllegalArgumentException.class, () -> JsonArray.of((JsonValue) null));
        assertThrows(IllegalArgumentException.class, () -> JsonObject.builder().put("a", (JsonValue) null));
        assertEquals(JsonNull.INSTANCE, JsonValue.of((String) null));
    }

    private static int depthOf(JsonValue value) {
        int depth = 0;
        JsonValue v = value;
        while (v instanceof JsonArray a) {
            depth++;
            v = a.size() == 0 ? null : a.get(0);
        }
        return depth;
    }

    private static JsonValue randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 4 : 6);
        switch (kind) {
            case 0:
                return JsonNull.INSTANCE;
            case 1:
                return JsonBoolean.of(random.nextBoolean());
            case 2: {
                double d = switch (random.nextInt(3)) {
                    case 0 -> random.nextInt(2000) - 1000;
                    case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(60) - 30);
                    default -> Double.longBitsToDouble(random.nextLong());
                };
                return JsonValue.of(Double.isNaN(d) || Double.isInfinite(d) || d == 0 ? 0.5 : d);
            }
            case 3: {
                StringBuilder s = new StringBuilder();
                int n = random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    s.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x10000)));
                }
                return JsonValue.of(s.toString());
            }
            case 4: {
                List<JsonValue> items = new ArrayList<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    items.add(randomValue(random, depth + 1));
                }
                return JsonArray.of(items);
            }
            default: {
                JsonObject.Builder b = JsonObject.builder();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.put("k" + random.nextInt(10), randomValue(random, depth + 1));
                }
                return b.build();
            }
        }
    }
}
