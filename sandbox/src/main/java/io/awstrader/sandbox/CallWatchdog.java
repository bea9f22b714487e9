package io.awstrader.sandbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;

/**
 * Stops a call into bot code that runs past its time limit or allocates past its allocation limit. One daemon timer
 * thread checks the running call of every open sandbox each {@link #CHECK_PERIOD_MS} ms and interrupts a call that
 * broke a limit, which ends the guest code and leaves the context usable. Arming a call only publishes it (no task is
 * scheduled per call): bot ticks are often shorter than a microsecond of scheduling would be worth.
 */
final class CallWatchdog {

    /** How often running calls are checked: a call overshoots a limit by at most about this much. */
    static final long CHECK_PERIOD_MS = 10;

    /** How long the watchdog waits for an interrupted bot to stop before it cancels the whole context. */
    private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);

    private static final com.sun.management.ThreadMXBean THREADS = allocationCounter();
    private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();

    static {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "bot-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(CallWatchdog::checkAll, CHECK_PERIOD_MS, CHECK_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private CallWatchdog() {
    }

    /** Starts watching the calls into {@code context}; {@link Watch#release()} ends it. */
    static Watch watch(Context context, SandboxLimits limits) {
        Watch watch = new Watch(context, limits);
        WATCHED.add(watch);
        return watch;
    }

    private static void checkAll() {
        for (Watch watch : WATCHED) {
            try {
                watch.check();
            } catch (RuntimeException e) {
                // One sandbox's trouble must not stop the watchdog for the others (a thrown exception would).
                System.err.println("sandbox: watchdog check failed: " + e);
            }
        }
    }

    /** The watch over one sandbox's context: at most one call runs in it at a time. */
    static final class Watch {
        private final Context context;
        private final SandboxLimits limits;
        private volatile Call running;

        private Watch(Context context, SandboxLimits limits) {
            this.context = context;
            this.limits = limits;
        }

        /** Marks the start of a call made now, on the current thread. */
        Call arm() {
            Call call = new Call(limits);
            running = call;
            return call;
        }

        /** Marks the end of {@code call}; after this, the watchdog never interrupts on its behalf. */
        void disarm(Call call) {
            synchronized (call) {
                call.done = true;
            }
            running = null;
        }

        /** Stops watching (the sandbox is closed). */
        void release() {
            WATCHED.remove(this);
        }

        private void check() {
            Call call = running;
            if (call == null) {
                return;
            }
            BotRunException.Kind broken = call.brokenLimit();
            if (broken == null) {
                return;
            }
            // The lock makes "the call is still running" and the interrupt one step: disarm() waits for it, and the
            // interrupt returns as soon as the bot's thread has left the context, so the two cannot deadlock.
            synchronized (call) {
                if (call.done || call.stoppedFor != null) {
                    return;
                }
                call.stoppedFor = broken;
                try {
                    context.interrupt(INTERRUPT_WAIT);
                } catch (TimeoutException e) {
                    // Stuck in host code that does not return to the guest: end the context for good.
                    context.close(true);
                } catch (IllegalStateException e) {
                    // The context was closed meanwhile: nothing left to stop.
                }
            }
        }
    }

    /** One watched call. The watchdog sets {@link #stoppedFor()} before it interrupts the call. */
    static final class Call {
        private final long deadline;
        private final long threadId;
        private final long allocationBase;
        private final long allocationLimit;
        private volatile BotRunException.Kind stoppedFor;
        private boolean done; // guarded by this: the call has returned, so an interrupt would hit a later call

        private Call(SandboxLimits limits) {
            this.deadline = System.nanoTime() + limits.timeLimit().toNanos();
            this.threadId = Thread.currentThread().threadId();
            boolean measured = THREADS != null && limits.allocationLimitBytes() != Long.MAX_VALUE;
            this.allocationLimit = measured ? limits.allocationLimitBytes() : Long.MAX_VALUE;
            this.allocationBase = measured ? THREADS.getCurrentThreadAllocatedBytes() : 0;
        }

        /** Which limit the watchdog stopped the call for, or null when it did not. */
        BotRunException.Kind stoppedFor() {
            return stoppedFor;
        }

        private BotRunException.Kind brokenLimit() {
            if (System.nanoTime() - deadline >= 0) {
                return BotRunException.Kind.TIME_LIMIT;
            }
            if (allocationLimit != Long.MAX_VALUE
                    && THREADS.getThreadAllocatedBytes(threadId) - allocationBase > allocationLimit) {
                return BotRunException.Kind.MEMORY_LIMIT;
            }
            return null;
        }
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()) {
            if (!threads.isThreadAllocatedMemoryEnabled()) {
                threads.setThreadAllocatedMemoryEnabled(true);
            }
            return threads;
        }
        System.err.println("sandbox: this JVM cannot count allocations per thread; bot allocation limits are off.");
        return null;
    }
}
