package io.awstrader.engine.orders;

/** How an order executes: at market, at a limit price or better, or as a market order once a stop price trades. */
public enum OrderType {
    MARKET("market"),
    LIMIT("limit"),
    STOP("stop");

    private final String code;

    OrderType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static OrderType parse(String code) {
        for (OrderType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown order type '" + code + "'; expected market, limit or stop");
    }

    @Override
    public String toString() {
        return code;
    }
}
