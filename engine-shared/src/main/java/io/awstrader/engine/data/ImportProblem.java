package io.awstrader.engine.data;

/** One row the import left out of the series, with its 1-based line number in the CSV text and the reason. */
public record ImportProblem(int line, Kind kind, String message) {

    /** Why a row was left out. */
    public enum Kind {
        /** Missing fields, unreadable numbers or dates, NaN, non-positive prices, high/low not enclosing open/close. */
        BAD_ROW,
        /** Another row has the same time but different values; every copy is left out because none can be trusted. */
        CONFLICTING_DUPLICATE,
        /** The time is not the start of an interval on the UTC grid (e.g. 10:30 in an hourly file). */
        OFF_GRID
    }

    public ImportProblem {
        if (line < 1 || kind == null || message == null) {
            throw new IllegalArgumentException("an import problem needs a line >= 1, a kind and a message");
        }
    }

    @Override
    public String toString() {
        return "line " + line + " (" + kind + "): " + message;
    }
}
