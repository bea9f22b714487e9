package io.awstrader.storage.exchange;

import java.time.Instant;

/**
 * An exchange account as lists and pages see it: its credentials only as a masked key (null for a virtual
 * exchange account, which has none).
 */
public record ExchangeAccount(String accountId, String id, String name, String provider, String maskedKey,
        Instant createdAt, long lockVersion) {
    /** True for paper-trading accounts, which trade on the engine's virtual exchange. */
    public boolean isVirtual() {
        return ExchangeAccountRepository.VIRTUAL.equals(provider);
    }
}
