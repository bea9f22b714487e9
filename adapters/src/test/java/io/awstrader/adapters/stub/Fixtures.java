package io.awstrader.adapters.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The recorded exchange responses copied from the shared fixtures into {@code src/test/resources/fixtures}
 * (see its README for sources): {@code Fixtures.body("kraken/ohlc.json", "/responses/0/body")} gives the recorded
 * body text, compacted as recorded.
 */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS); // keep digits

    private Fixtures() {
    }

    /** The whole fixture file. */
    public static JsonNode file(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON text at {@code pointer} (a JSON pointer such as {@code /body}) of fixture {@code name}. */
    public static String body(String name, String pointer) {
        JsonNode node = file(name).at(pointer);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("fixture " + name + " has nothing at " + pointer);
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** The fixture's text at {@code pointer}, as text (e.g. a recorded request body). */
    public static String text(String name, String pointer) {
        return file(name).at(pointer).asText();
    }

    /** Parses JSON text (for building bodies in the recorded shapes). */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
