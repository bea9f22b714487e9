package io.awstrader.engine.json;

import java.util.function.IntFunction;

/**
 * Text put together from many small pieces, such as a backtest result's hundreds of thousands of entries: a
 * {@link StringBuilder} unless the platform installs a faster way ({@link #usePlatform}). The browser build does:
 * TeaVM's {@code StringBuilder} copies every piece character by character and converts the whole buffer to a
 * JavaScript string at the end, which took most of the time of writing a 57 MB result.
 */
public abstract class TextPieces {
    /** How the platform starts one, given the expected length ({@code null}: a {@link StringBuilder}). */
    private static IntFunction<TextPieces> platform;

    /** Makes {@code start} how {@link #start} makes text pieces ({@code null}: back to a {@link StringBuilder}). */
    public static void usePlatform(IntFunction<TextPieces> start) {
        platform = start;
    }

    /** Empty text, about {@code expectedLength} characters long when done. */
    public static TextPieces start(int expectedLength) {
        return platform != null ? platform.apply(expectedLength) : new Builder(expectedLength);
    }

    /** Appends {@code piece}. */
    public abstract TextPieces add(String piece);

    /** Appends a number as JSON writes it ({@link Json#appendNumber}). */
    public TextPieces addNumber(double value) {
        return add(JsonWriter.numberText(value));
    }

    /** Everything appended, in order. */
    public abstract String text();

    /** The JVM's: one buffer, numbers written into it without a string each. */
    private static final class Builder extends TextPieces {
        private final StringBuilder out;

        Builder(int expectedLength) {
            out = new StringBuilder(expectedLength);
        }

        @Override
        public TextPieces add(String piece) {
            out.append(piece);
            return this;
        }

        @Override
        public TextPieces addNumber(double value) {
            Json.appendNumber(out, value);
            return this;
        }

        @Override
        public String text() {
            return out.toString();
        }
    }
}
