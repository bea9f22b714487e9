package io.awstrader.storage.exchange;

import java.time.Instant;
import java.util.Map;

/**
 * An exchange account as lists and pages see it: its credentials only as a masked key (null for a virtual
 * exchange account, which has none). A virtual account names the exchange whose prices it trades on
 * ({@code priceSource}) and the balances it started with; a real one has null and an empty map there.
 */
public record ExchangeAccount(String accountId, String id, String name, String provider, String maskedKey,
        String priceSource, Map<String, Double> initialBalances, Instant createdAt, long lockVersion) {
    public ExchangeAccount {
        initialBalances = initialBalances == null ? Map.of() : Map.copyOf(initialBalances);
    }

    /** True for paper-trading accounts, which trade on the engine's virtual exchange. */
    public boolean isVirtual() {
        return ExchangeAccountRepository.VIRTUAL.equals(provider);
    }
}
