package io.awstrader.server.api;

import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.server.validation.ApiException;
import io.awstrader.storage.exchange.ExchangeCredentials;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exchange account's keys at work: a balance call through the exchange's adapter. Used to check keys before they
 * are stored (a refused key is reported at the field that is wrong) and to show an account's balances.
 */
public final class ExchangeKeyCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeKeyCheck.class);

    private final ExchangeRegistry registry;

    public ExchangeKeyCheck(ExchangeRegistry registry) {
        this.registry = registry;
    }

    /**
     * The account's balances, or null when the exchange could not be asked (unreachable, down, rate-limited: the
     * keys are then stored unchecked, and the log says so).
     *
     * @throws ApiException {@code invalid_value} at {@code credentials.apiKey}, {@code .apiSecret} or
     *     {@code .passphrase} when the exchange refuses the credentials
     */
    public Map<String, Balance> check(String provider, ExchangeCredentials credentials) {
        try {
            return balances(provider, credentials);
        } catch (ExchangeException e) {
            if (e.kind() == ExchangeException.Kind.AUTH) {
                String message = e.exchangeMessage() == null ? e.getMessage() : e.exchangeMessage();
                throw ApiException.invalid(field(message), registry.find(provider).orElseThrow().name()
                        + " refused these credentials: " + message);
            }
            LOG.warn("{} keys stored unchecked: {}", provider, e.getMessage());
            return null;
        }
    }

    /** The account's balances through its adapter; {@link ExchangeException} as the exchange answered. */
    public Map<String, Balance> balances(String provider, ExchangeCredentials credentials) {
        // one quick retry at most: a person is waiting for the answer
        ExchangeAdapter adapter = registry.connect(provider, new io.awstrader.adapters.ExchangeCredentials(
                credentials.apiKey(), credentials.apiSecret(), credentials.passphrase()),
                registry.settings(provider).withRetries(Duration.ofMillis(100), Duration.ofSeconds(2)));
        return adapter.balances();
    }

    /** The credential field an exchange's refusal points at. */
    private static String field(String message) {
        String lower = message.toLowerCase();
        if (lower.contains("passphrase")) {
            return "credentials.passphrase";
        }
        if (lower.contains("sign") || lower.contains("secret")) {
            return "credentials.apiSecret";
        }
        return "credentials.apiKey";
    }
}
