package io.awstrader.engine.orders;

/** Buy spends the quote asset to get the base asset; sell does the opposite. */
public enum OrderDirection {
    BUY("buy"),
    SELL("sell");

    private final String code;

    OrderDirection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static OrderDirection parse(String code) {
        for (OrderDirection direction : values()) {
            if (direction.code.equals(code)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown order direction '" + code + "'; expected buy or sell");
    }

    @Override
    public String toString() {
        return code;
    }
}
