package io.awstrader.cli;

import io.awstrader.engine.json.NumberText;

/** Number formatting for files the CLI writes: JavaScript's shortest form, as every engine output uses. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return NumberText.format(value);
    }
}
