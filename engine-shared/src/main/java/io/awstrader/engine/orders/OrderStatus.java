package io.awstrader.engine.orders;

/**
 * Where an order is in its life: {@code pending} (asked for by the bot, not yet at the exchange),
 * {@code placed} (open at the exchange), then {@code completed} or {@code cancelled}; or {@code error}
 * when it was refused.
 */
public enum OrderStatus {
    PENDING("pending"),
    PLACED("placed"),
    COMPLETED("completed"),
    CANCELLED("cancelled"),
    ERROR("error");

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Pending and placed orders are open: they may still fill or be cancelled. */
    public boolean isOpen() {
        return this == PENDING || this == PLACED;
    }

    public static OrderStatus parse(String code) {
        for (OrderStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown order status '" + code + "'");
    }

    @Override
    public String toString() {
        return code;
    }
}
