package io.awstrader.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.Pair;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rounding to increments and the size checks every adapter applies before sending an order. */
class PairRulesTest {
    private static final Pair BTC_USD = Pair.parse("BTC/USD");

    private static PairRules rules(String tick, int digits, String step, String min, String max, String minCost) {
        return new PairRules(BTC_USD, "X", tick == null ? null : new BigDecimal(tick), digits,
                step == null ? null : new BigDecimal(step), min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), minCost == null ? null : new BigDecimal(minCost), true);
    }

    @Test
    void amountsRoundDownToTheStepPricesToTheNearestTick() {
        PairRules r = rules("0.1", 0, "0.0001", null, null, null);
        assertEquals("0.1234", PairRules.plain(r.roundAmount(0.12349)));
        assertEquals("43210.2", PairRules.plain(r.roundPrice(43210.15)));
        assertEquals("43210.1", PairRules.plain(r.roundPrice(43210.149)));
        assertEquals("0.00000001", PairRules.plain(rules(null, 0, null, null, null, null).roundAmount(0.0000000149)));
    }

    @Test
    void significantDigitsLimitPricesLikeBitfinex() {
        PairRules r = rules(null, 5, "0.00000001", null, null, null);
        assertEquals("34348", PairRules.plain(r.roundPrice(34348.4)));
        assertEquals("34349", PairRules.plain(r.roundPrice(34348.5)));
        assertEquals("1.2346", PairRules.plain(r.roundPrice(1.234567)));
        assertEquals("0.00012346", PairRules.plain(r.roundPrice(0.000123456)));
    }

    @Test
    void problemsNameTheLimit() {
        PairRules r = rules("0.1", 0, "0.00000001", "0.00005", "100", "0.5");
        assertNull(r.problem("Kraken", new BigDecimal("0.001"), new BigDecimal("40000")));
        assertTrue(r.problem("Kraken", new BigDecimal("0.00001"), null).contains("minimum order size of 0.00005 BTC"));
        assertTrue(r.problem("Kraken", new BigDecimal("101"), null).contains("maximum order size of 100 BTC"));
        assertTrue(r.problem("Kraken", new BigDecimal("0.0001"), new BigDecimal("1000"))
                .contains("minimum order value of 0.5 USD"));
        assertTrue(r.problem("Kraken", BigDecimal.ZERO, null).contains("rounds to 0"));
    }
}
