package io.awstrader.engine.market;

/** How often a bot runs, which is also the width of the candles it sees. */
public enum RunInterval {
    M5("5m", 5),
    M10("10m", 10),
    M15("15m", 15),
    M30("30m", 30),
    H1("1h", 60),
    H4("4h", 240),
    D1("1d", 1440);

    private final String code;
    private final int minutes;

    RunInterval(String code, int minutes) {
        this.code = code;
        this.minutes = minutes;
    }

    /** The code users write: {@code 5m}, {@code 1h}, {@code 1d}. */
    public String code() {
        return code;
    }

    public int minutes() {
        return minutes;
    }

    /** Width in milliseconds, as a double because the engine keeps times in doubles. */
    public double millis() {
        return minutes * 60_000.0;
    }

    /** The start of the interval that contains {@code time} (epoch ms), aligned to UTC midnight. */
    public double floor(double time) {
        double width = millis();
        return Math.floor(time / width) * width;
    }

    /** True when candles of this interval can be built exactly from candles of {@code finer}. */
    public boolean isMultipleOf(RunInterval finer) {
        return minutes % finer.minutes == 0;
    }

    public static RunInterval parse(String code) {
        for (RunInterval interval : values()) {
            if (interval.code.equals(code)) {
                return interval;
            }
        }
        throw new IllegalArgumentException("unknown run interval '" + code + "'; expected one of " + codes());
    }

    /** All codes, comma separated, for error messages and help texts. */
    public static String codes() {
        StringBuilder out = new StringBuilder();
        for (RunInterval interval : values()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(interval.code);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return code;
    }
}
