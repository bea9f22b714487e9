package io.awstrader.engine.portfolio;

import io.awstrader.engine.json.JsonObject;

/** Holdings of one asset: {@code total} owned, of which {@code free} is not reserved by open orders. */
public record Balance(String asset, double free, double total) {

    public static Balance zero(String asset) {
        return new Balance(asset, 0, 0);
    }

    /** The part of {@code total} that open orders hold. */
    public double reserved() {
        return total - free;
    }

    /** {@code {asset, free, total}} as bots see a balance. */
    public JsonObject toJson() {
        return JsonObject.builder().put("asset", asset).put("free", free).put("total", total).build();
    }
}
