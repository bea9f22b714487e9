package io.awstrader.storage;

import io.awstrader.storage.crypto.MasterKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One in-memory DynamoDB Local per test class (the first start in a JVM costs about two seconds). */
public abstract class SharedDatabase {
    protected static Database database;
    protected static Storage storage;
    protected static TestClock clock;

    @BeforeAll
    static void startDatabase() {
        database = Database.inMemory();
        clock = new TestClock();
        storage = new Storage(database, MasterKey.random(), clock);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    /** A fresh account, so tests in one class never see each other's items. */
    protected static String newAccount() {
        return storage.accounts().create(io.awstrader.storage.item.Ids.newId() + "@example.com", "hash").id();
    }
}
