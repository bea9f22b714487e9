package io.awstrader.cli;

/** Number formatting for files the CLI writes: the engine's JavaScript-compatible shortest form. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
