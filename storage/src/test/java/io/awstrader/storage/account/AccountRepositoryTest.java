package io.awstrader.storage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.SharedDatabase;
import io.awstrader.storage.item.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AccountRepositoryTest extends SharedDatabase {
    private final AccountRepository accounts = storage.accounts();

    private static String email() {
        return "Trader." + Ids.newId() + "@Example.com";
    }

    @Test
    void createsAndFindsByEmailIgnoringCaseAndById() {
        String email = email();
        Account created = accounts.create(email, "$argon2id$hash");
        assertEquals(email.toLowerCase(), created.email());
        assertEquals(created, accounts.findByEmail(email.toUpperCase()).orElseThrow());
        assertEquals(created, accounts.findById(created.id()).orElseThrow());
        assertEquals(22, created.id().length());
        assertFalse(accounts.findByEmail("nobody." + Ids.newId() + "@example.com").isPresent());
        assertFalse(accounts.findByEmail("not an email").isPresent());
        assertFalse(accounts.findById(Ids.newId()).isPresent());
    }

    @Test
    void secondSignUpWithTheSameEmailFails() {
        String email = email();
        accounts.create(email, "h1");
        EmailTakenException e = assertThrows(EmailTakenException.class, () -> accounts.create(" " + email.toUpperCase(), "h2"));
        assertFalse(e.getMessage().contains("h2"));
        assertEquals("h1", accounts.findByEmail(email).orElseThrow().passwordHash());
    }

    @Test
    void concurrentSignUpsWithOneEmailHaveExactlyOneWinner() throws Exception {
        String email = email();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Account>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String hash = "hash-" + i;
            Callable<Account> signUp = () -> {
                start.await();
                return accounts.create(email, hash);
            };
            results.add(pool.submit(signUp));
        }
        start.countDown();
        int won = 0;
        int taken = 0;
        Account winner = null;
        for (Future<Account> result : results) {
            try {
                winner = result.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause() instanceof EmailTakenException, e.getCause().toString());
                taken++;
            }
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(writers - 1, taken);
        assertEquals(winner.id(), accounts.findByEmail(email).orElseThrow().id());
    }

    @Test
    void passwordChangeUsesOptimisticLocking() {
        Account account = accounts.create(email(), "old");
        Account changed = accounts.changePasswordHash(account.id(), "new", account.lockVersion());
        assertEquals("new", changed.passwordHash());
        assertEquals(account.lockVersion() + 1, changed.lockVersion());
        assertThrows(ConcurrentUpdateException.class,
                () -> accounts.changePasswordHash(account.id(), "stale", account.lockVersion()));
        assertEquals("new", accounts.findById(account.id()).orElseThrow().passwordHash());
    }

    @Test
    void refusesBadInputAndNeverPrintsTheHash() {
        assertThrows(IllegalArgumentException.class, () -> accounts.create("no-at-sign", "h"));
        assertThrows(IllegalArgumentException.class, () -> accounts.create(email(), ""));
        Account account = accounts.create(email(), "$argon2id$secret-hash");
        assertFalse(account.toString().contains("secret-hash"), account.toString());
    }
}
