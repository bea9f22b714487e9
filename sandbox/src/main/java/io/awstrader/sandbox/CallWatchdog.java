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
 * thread checks the running call of every open sandbox each {@link #CHECK_PERIOD_MS} ms; a call that broke a limit is
 * stopped on a thread of its own (so one bot that is slow to stop never delays the checks of the others) by
 * {@link Context#interrupt}, which ends the guest code, interpreted or compiled, and leaves the context usable. When
 * the interrupt does not take within {@link #GRACE}, the context is cancelled for good and the call ends with
 * {@link Call#cancelled()} set. Arming a call only publishes it (no task is scheduled per call): bot calls are often
 * shorter than scheduling one would take.
 *
 * <p>Time is the calling thread's CPU time where the JVM measures it: a loaded machine (a CI run, a server ticking many
 * deployments at once) must not fail a bot that did nothing wrong, and a runaway loop burns CPU all the same. A
 * wall-clock backstop of {@link #WALL_CLOCK_FACTOR} times the limit still ends a call that waits instead of running.
 */
final class CallWatchdog {

    /** How often running calls are checked: a call overshoots a limit by at most about this much. */
    static final long CHECK_PERIOD_MS = 10;

    /** How long an interrupted bot gets to stop before its context is cancelled. */
    static final Duration GRACE = Duration.ofSeconds(1);

    /** A call is stopped after this many times its time limit in wall-clock time, whatever CPU time it used. */
    static final int WALL_CLOCK_FACTOR = 5;

    private static final com.sun.management.ThreadMXBean THREADS = threadCounters();
    private static final boolean CPU_TIME = THREADS != null && THREADS.isThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();
    private static final boolean ALLOCATIONS = THREADS != null && THREADS.isThreadAllocatedMemoryEnabled();
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
            } catch (RuntimeException | Error e) {
                // One sandbox's trouble must not end the periodic task for the others (a thrown exception would).
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

        /**
         * Marks the end of {@code call}; after this, the watchdog never interrupts on its behalf. Waits for a stop
         * under way, so that its interrupt cannot hit the next call.
         */
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
            if (call == null || call.stoppedFor != null) {
                return;
            }
            BotRunException.Kind broken = call.brokenLimit();
            if (broken == null) {
                return;
            }
            call.stoppedFor = broken;
            Thread.ofVirtual().name("bot-stop").start(() -> stop(call));
        }

        private void stop(Call call) {
            // The lock makes "the call is still running" and the interrupt one step: disarm() waits for it, and the
            // interrupt returns as soon as the bot's thread has left the context, so the two cannot deadlock.
            synchronized (call) {
                if (call.done) {
                    return;
                }
                try {
                    context.interrupt(GRACE);
                } catch (TimeoutException e) {
                    // Stuck where interrupts do not reach: end the context for good, freeing the calling thread.
                    call.cancelled = true;
                    context.close(true);
                } catch (IllegalStateException e) {
                    // The context was closed meanwhile: nothing left to stop.
                }
            }
        }
    }

    /** One watched call. The watchdog sets {@link #stoppedFor()} before it stops the call. */
    static final class Call {
        private static final long UNREAD = Long.MIN_VALUE;
        private final long wallDeadline;
        private final long cpuLimit;
        /**
         * The calling thread's CPU time when the watchdog first saw this call ({@link #UNREAD} before): reading a
         * thread's CPU time is a system call (1.5 µs on these machines), which a backtest's 31k calls of a few
         * microseconds each should not pay; the watchdog thread reads it instead, so a call's first check period
         * (at most {@link #CHECK_PERIOD_MS} ms) goes uncounted.
         */
        private long cpuBase = UNREAD;
        private final long threadId;
        private final long allocationBase;
        private final long allocationLimit;
        private volatile BotRunException.Kind stoppedFor;
        private volatile boolean cancelled;
        private boolean done; // guarded by this: the call has returned, so an interrupt would hit a later call

        private Call(SandboxLimits limits) {
            long limit = limits.timeLimit().toNanos();
            this.threadId = Thread.currentThread().threadId();
            this.cpuLimit = CPU_TIME ? limit : Long.MAX_VALUE;
            this.wallDeadline = System.nanoTime() + (CPU_TIME ? WALL_CLOCK_FACTOR * limit : limit);
            boolean measured = ALLOCATIONS && limits.allocationLimitBytes() != Long.MAX_VALUE;
            this.allocationLimit = measured ? limits.allocationLimitBytes() : Long.MAX_VALUE;
            this.allocationBase = measured ? THREADS.getCurrentThreadAllocatedBytes() : 0;
        }

        /** Which limit the watchdog stopped the call for, or null when it did not. */
        BotRunException.Kind stoppedFor() {
            return stoppedFor;
        }

        /** Whether the interrupt did not take and the whole context was cancelled. */
        boolean cancelled() {
            return cancelled;
        }

        private BotRunException.Kind brokenLimit() {
            if (System.nanoTime() - wallDeadline >= 0) {
                return BotRunException.Kind.TIME_LIMIT;
            }
            if (cpuLimit != Long.MAX_VALUE) {
                // Only the watchdog thread reads and writes cpuBase.
                long cpu = THREADS.getThreadCpuTime(threadId);
                if (cpuBase == UNREAD) {
                    cpuBase = cpu;
                } else if (cpu >= 0 && cpu - cpuBase >= cpuLimit) {
                    return BotRunException.Kind.TIME_LIMIT;
                }
            }
            if (allocationLimit != Long.MAX_VALUE
                    && THREADS.getThreadAllocatedBytes(threadId) - allocationBase > allocationLimit) {
                return BotRunException.Kind.MEMORY_LIMIT;
            }
            return null;
        }
    }

    private static com.sun.management.ThreadMXBean threadCounters() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) {
            System.err.println("sandbox: this JVM measures no per-thread CPU time or allocations; bot time limits are "
                    + "wall-clock and allocation limits are off.");
            return null;
        }
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        if (threads.isThreadAllocatedMemorySupported() && !threads.isThreadAllocatedMemoryEnabled()) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }
        return threads;
    }
}
