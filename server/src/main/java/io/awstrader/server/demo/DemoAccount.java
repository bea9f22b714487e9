package io.awstrader.server.demo;

import io.awstrader.server.api.BotsApi;
import io.awstrader.server.auth.PasswordHasher;
import io.awstrader.storage.Storage;
import io.awstrader.storage.account.Account;
import io.awstrader.storage.account.EmailTakenException;
import io.awstrader.storage.item.Ids;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo account made on first start: a random password (returned once, for the console, never logged), the
 * sample bots, and a virtual exchange account with 10,000 USD on Bitfinex prices.
 */
public final class DemoAccount {
    public static final String EMAIL = "demo@awstrader.local";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccount.class);

    private DemoAccount() {
    }

    /** The credentials to show the user once; {@link #toString()} hides the password. */
    public record Credentials(String email, String password) {
        @Override
        public String toString() {
            return "Credentials[email=" + email + ", password=(hidden)]";
        }
    }

    /** Creates the demo account unless it exists; its credentials when it was created now. */
    public static Optional<Credentials> ensure(Storage storage, PasswordHasher hasher, BotsApi bots,
            List<SampleBot> samples) {
        if (storage.accounts().findByEmail(EMAIL).isPresent()) {
            return Optional.empty();
        }
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(Ids.randomBytes(15));
        Account account;
        try {
            account = storage.accounts().create(EMAIL, hasher.hash(password));
        } catch (EmailTakenException raced) {
            return Optional.empty();
        }
        int seeded = 0;
        for (SampleBot sample : samples) {
            try {
                bots.create(account.id(), sample.name(), sample.description(), sample.source());
                seeded++;
            } catch (RuntimeException e) {
                LOG.warn("sample bot '{}' was not added to the demo account: {}", sample.name(), e.getMessage());
            }
        }
        storage.exchanges().createVirtual(account.id(), "Paper trading (Bitfinex prices)", "bitfinex",
                Map.of("USD", 10_000.0));
        LOG.info("created the demo account {} with {} sample bot{}", EMAIL, seeded, seeded == 1 ? "" : "s");
        return Optional.of(new Credentials(EMAIL, password));
    }
}
