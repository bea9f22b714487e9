package io.awstrader.engine.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class PairTest {

    @Test
    void ordersAsTheTextBaseSlashQuote() {
        List<String> texts = List.of("BTC/USD", "BTC/USDT", "BTCX/USD", "BTC/EUR", "ETH/BTC", "B/TC", "BT/C", "A.B/C",
                "A/B.C", "A-B/C", "A_B/C", "0X/USD", "ETH/USD", "BTC/USD");
        for (String a : texts) {
            for (String b : texts) {
                int expected = Integer.signum(a.compareTo(b));
                assertEquals(expected, Integer.signum(Pair.parse(a).compareTo(Pair.parse(b))), a + " vs " + b);
            }
        }
    }
}
