package io.awstrader.storage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.SharedDatabase;
import io.awstrader.storage.TableDefinition;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SessionRepositoryTest extends SharedDatabase {
    private final SessionRepository sessions = storage.sessions();

    @Test
    void createFindDelete() {
        String account = newAccount();
        NewSession created = sessions.create(account, Duration.ofDays(7));
        assertTrue(created.token().startsWith(account + "."));
        Session found = sessions.find(created.token()).orElseThrow();
        assertEquals(account, found.accountId());
        assertEquals(created.session(), found);
        sessions.delete(created.token());
        assertFalse(sessions.find(created.token()).isPresent());
    }

    @Test
    void storesOnlyAHashOfTheTokenAndSetsTtl() {
        String account = newAccount();
        NewSession created = sessions.create(account, Duration.ofHours(1));
        var items = database.table().query(account, Keys.SESSION_PREFIX);
        assertEquals(1, items.size());
        Map<String, AttributeValue> raw = items.get(0);
        String secretPart = created.token().substring(created.token().indexOf('.') + 1);
        assertFalse(raw.toString().contains(secretPart), "raw item holds the token");
        assertEquals(created.session().expiresAt().getEpochSecond() + 1,
                Long.parseLong(raw.get(TableDefinition.TTL_ATTRIBUTE).n()));
        assertFalse(created.toString().contains(secretPart));
    }

    @Test
    void expiredSessionsAreNotReturned() {
        NewSession created = sessions.create(newAccount(), Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(created.token()).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertFalse(sessions.find(created.token()).isPresent());
    }

    @Test
    void unknownMalformedOrForeignTokensFindNothing() {
        String a = newAccount();
        String b = newAccount();
        NewSession created = sessions.create(a, Duration.ofHours(1));
        String secretPart = created.token().substring(created.token().indexOf('.') + 1);
        assertFalse(sessions.find(b + "." + secretPart).isPresent(), "the secret of A's token under B's id");
        assertFalse(sessions.find(a + "." + Ids.newId()).isPresent());
        assertFalse(sessions.find(null).isPresent());
        assertFalse(sessions.find("").isPresent());
        assertFalse(sessions.find("no-dot").isPresent());
        assertFalse(sessions.find("bad#id.x").isPresent());
        sessions.delete("garbage"); // ignored
    }

    @Test
    void needsAnExistingAccountAndDeletesAllOfOne() {
        assertThrows(NotFoundException.class, () -> sessions.create(Ids.newId(), Duration.ofHours(1)));
        String account = newAccount();
        NewSession one = sessions.create(account, Duration.ofHours(1));
        NewSession two = sessions.create(account, Duration.ofHours(1));
        assertEquals(2, sessions.deleteAll(account));
        assertFalse(sessions.find(one.token()).isPresent());
        assertFalse(sessions.find(two.token()).isPresent());
    }
}
