package io.awstrader.lambda.bots;

import io.awstrader.engine.bot.BotRuntime;
import io.awstrader.sandbox.JvmBot;
import io.awstrader.sandbox.SandboxLimits;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Warm bots: one GraalJS sandbox per deployment and version, kept between ticks (a context costs tens of
 * milliseconds to build, a tick a fraction of that) and dropped least recently used first. A bot's top-level
 * variables therefore live as long as its sandbox does, which a cold start or an eviction ends: bots keep what must
 * last in {@code state}. Thread-safe; one bot runs one tick at a time.
 */
public final class BotPool implements AutoCloseable {
    private final int capacity;
    private final SandboxLimits limits;
    private final Map<String, Entry> bots = new LinkedHashMap<>(16, 0.75f, true);

    public BotPool(int capacity, SandboxLimits limits) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bot pool holds at least one bot");
        }
        this.capacity = capacity;
        this.limits = limits;
    }

    /**
     * A lease on the warm bot of {@code deploymentId} running version {@code versionKey}, loaded now from
     * {@code botJs} if needed (a deployed version is locked, so its code is read only for a cold bot).
     */
    public Lease lease(String deploymentId, String versionKey, Supplier<String> botJs) {
        Entry entry = entry(deploymentId, versionKey, botJs);
        entry.inUse.lock(); // outside the pool's lock: a long tick of one deployment holds up no other
        return new Lease(this, deploymentId, entry);
    }

    private synchronized Entry entry(String deploymentId, String versionKey, Supplier<String> botJs) {
        Entry entry = bots.get(deploymentId);
        if (entry != null && !entry.versionKey.equals(versionKey)) {
            bots.remove(deploymentId);
            entry.bot.close();
            entry = null;
        }
        if (entry == null) {
            entry = new Entry(versionKey, JvmBot.load(botJs.get(), limits));
            bots.put(deploymentId, entry);
            evictOverCapacity();
        }
        return entry;
    }

    /** Drops the bot of {@code deploymentId} (a failure that may have left its sandbox unusable). */
    public synchronized void evict(String deploymentId) {
        Entry entry = bots.remove(deploymentId);
        if (entry != null) {
            entry.bot.close();
        }
    }

    /** How many warm bots the pool holds. */
    public synchronized int size() {
        return bots.size();
    }

    private void evictOverCapacity() {
        Iterator<Map.Entry<String, Entry>> oldest = bots.entrySet().iterator();
        while (bots.size() > capacity && oldest.hasNext()) {
            Entry entry = oldest.next().getValue();
            oldest.remove();
            entry.bot.close();
        }
    }

    @Override
    public synchronized void close() {
        for (Entry entry : bots.values()) {
            entry.bot.close();
        }
        bots.clear();
    }

    private record Entry(String versionKey, JvmBot bot, ReentrantLock inUse) {
        Entry(String versionKey, JvmBot bot) {
            this(versionKey, bot, new ReentrantLock());
        }
    }

    /** The bot of one tick; the pool hands the same sandbox to one tick at a time. */
    public static final class Lease implements AutoCloseable {
        private final BotPool pool;
        private final String deploymentId;
        private final Entry entry;

        private Lease(BotPool pool, String deploymentId, Entry entry) {
            this.pool = pool;
            this.deploymentId = deploymentId;
            this.entry = entry;
        }

        public BotRuntime runtime() {
            return entry.bot.runtime();
        }

        /** Forgets this bot, so the next tick loads a fresh sandbox. */
        public void discard() {
            pool.evict(deploymentId);
        }

        /** Hands the bot back for the next tick. */
        @Override
        public void close() {
            entry.inUse.unlock();
        }
    }
}
