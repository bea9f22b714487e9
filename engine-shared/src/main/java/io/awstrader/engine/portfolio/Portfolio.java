package io.awstrader.engine.portfolio;

import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Pair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The balances of an account, by asset name, iterated in name order so outputs are deterministic. Immutable. */
public final class Portfolio {
    private static final Portfolio EMPTY = new Portfolio(new TreeMap<>());
    private final TreeMap<String, Balance> balances;

    private Portfolio(TreeMap<String, Balance> balances) {
        this.balances = balances;
    }

    public static Portfolio empty() {
        return EMPTY;
    }

    /** A portfolio holding these amounts, all free. Amounts must be finite and not negative. */
    public static Portfolio of(Map<String, Double> amounts) {
        TreeMap<String, Balance> map = new TreeMap<>();
        for (Map.Entry<String, Double> e : amounts.entrySet()) {
            double amount = e.getValue();
            if (Double.isNaN(amount) || Double.isInfinite(amount) || amount < 0) {
                throw new IllegalArgumentException("balance of " + e.getKey() + " must be a non-negative number, got "
                        + amount);
            }
            map.put(e.getKey(), new Balance(e.getKey(), amount, amount));
        }
        return new Portfolio(map);
    }

    /** The balance of {@code asset}; zeros when the account holds none. */
    public Balance balance(String asset) {
        Balance b = balances.get(asset);
        return b != null ? b : Balance.zero(asset);
    }

    public Portfolio with(Balance balance) {
        TreeMap<String, Balance> map = new TreeMap<>(balances);
        map.put(balance.asset(), balance);
        return new Portfolio(map);
    }

    public List<String> assets() {
        return new ArrayList<>(balances.keySet());
    }

    public Map<String, Balance> balances() {
        return Collections.unmodifiableMap(balances);
    }

    /**
     * Value of the quote asset plus every base asset of {@code pairs} at {@code prices} (same order as pairs),
     * in the quote asset. All pairs must share one quote asset.
     */
    public double valueIn(String quote, List<Pair> pairs, double[] prices) {
        double value = balance(quote).total();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            if (!pair.quote().equals(quote)) {
                throw new IllegalArgumentException("pair " + pair + " is not quoted in " + quote);
            }
            value += balance(pair.base()).total() * prices[i];
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Portfolio p && p.balances.equals(balances);
    }

    @Override
    public int hashCode() {
        return balances.hashCode();
    }

    @Override
    public String toString() {
        return balances.values().toString();
    }

    /** {@code {ASSET: {asset, free, total}, ...}} in asset-name order, as {@code trader.getPortfolio()} returns it. */
    public JsonObject toJson() {
        JsonObject.Builder out = JsonObject.builder();
        for (Balance balance : balances.values()) {
            out.put(balance.asset(), balance.toJson());
        }
        return out.build();
    }
}
