package io.awstrader.webclient.worker;

import io.awstrader.engine.json.TextPieces;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@link TextPieces} on JavaScript's own strings: pieces go into an array that is joined every few thousand pieces
 * and once at the end, so no character is copied one by one (TeaVM's {@code StringBuilder} copies each) and the text
 * is never converted from a Java buffer.
 */
final class JsTextPieces extends TextPieces {
    /** Pieces joined into one string at a time: bounds the array of small strings a long result holds. */
    private static final int PIECES_PER_CHUNK = 4096;

    private final JSObject chunks = newArray();
    private final JSObject pieces = newArray();
    private int count;

    @Override
    public TextPieces add(String piece) {
        push(pieces, piece);
        if (++count == PIECES_PER_CHUNK) {
            pushJoined(chunks, pieces);
            count = 0;
        }
        return this;
    }

    @Override
    public String text() {
        pushJoined(chunks, pieces);
        count = 0;
        return join(chunks);
    }

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = {"array", "piece"}, script = "array.push(piece);")
    private static native void push(JSObject array, String piece);

    @JSBody(params = {"chunks", "pieces"}, script = "chunks.push(pieces.join('')); pieces.length = 0;")
    private static native void pushJoined(JSObject chunks, JSObject pieces);

    @JSBody(params = "array", script = "return array.join('');")
    private static native String join(JSObject array);
}
