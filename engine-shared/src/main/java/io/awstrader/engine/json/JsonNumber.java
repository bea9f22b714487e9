package io.awstrader.engine.json;

/**
 * A JSON number held as a double. Non-finite values are allowed so results can carry "not defined" as
 * {@code NaN}; they are written as {@code null}, as {@code JSON.stringify} does, and so read back as null.
 * Equality is {@link Double#compare}'s: {@code NaN} equals itself, {@code 0.0} and {@code -0.0} differ.
 */
public record JsonNumber(double value) implements JsonValue {

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    public double asDouble() {
        return value;
    }

    /** True for a finite value: one that is written as a number rather than as {@code null}. */
    public boolean isFinite() {
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }

    @Override
    public String toString() {
        return Json.write(this);
    }
}
