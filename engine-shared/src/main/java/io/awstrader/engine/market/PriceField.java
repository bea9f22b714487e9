package io.awstrader.engine.market;

/** A column of a candle series that an indicator can read. */
public enum PriceField {
    OPEN("open"),
    HIGH("high"),
    LOW("low"),
    CLOSE("close"),
    VOLUME("volume");

    private final String code;

    PriceField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PriceField parse(String code) {
        for (PriceField field : values()) {
            if (field.code.equals(code)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown candle field '" + code + "'; expected open, high, low, close or volume");
    }
}
