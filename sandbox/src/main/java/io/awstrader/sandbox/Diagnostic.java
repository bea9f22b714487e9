package io.awstrader.sandbox;

/**
 * A compile error in a bot's TypeScript source.
 *
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column counted in UTF-16 code units (a tab counts as one), 0 when unknown
 * @param message what is wrong, without the position
 */
public record Diagnostic(int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + " " + message;
    }
}
