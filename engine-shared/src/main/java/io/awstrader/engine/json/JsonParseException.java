package io.awstrader.engine.json;

/** Input that is not valid JSON, with where the problem is: offset (0-based), line and column (1-based). */
public final class JsonParseException extends IllegalArgumentException {
    private final int offset;
    private final int line;
    private final int column;

    JsonParseException(String problem, int offset, int line, int column) {
        super("bad JSON at line " + line + ", column " + column + " (offset " + offset + "): " + problem);
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    public int offset() {
        return offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
