package io.awstrader.lambda.schedule;

import io.awstrader.engine.market.RunInterval;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.ScheduleHandler;
import io.awstrader.lambda.TickHandler;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The schedules of {@code ./awstrader serve}: for every run interval, the {@link ScheduleHandler} fires at each
 * candle close plus a small delay (for exchanges to publish the candle) and its tick requests run on a small pool of
 * workers, the same handlers AWS runs from EventBridge. A tick that finds no new candle is a counted no-op, so a
 * late or doubled firing does no harm.
 */
public final class LocalScheduler implements AutoCloseable {
    /** How long after a candle closes its ticks start. */
    public static final long PUBLISH_DELAY_MS = 5_000;

    private final DeploymentRuntime runtime;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "deployment-schedule"));
    private final ExecutorService workers;

    public LocalScheduler(DeploymentRuntime runtime, int workers) {
        this.runtime = runtime;
        this.workers = Executors.newFixedThreadPool(workers, r -> daemon(r, "deployment-tick"));
    }

    /** Starts every interval's schedule. */
    public void start() {
        for (RunInterval interval : RunInterval.values()) {
            scheduleNext(interval);
        }
    }

    /** Milliseconds from {@code now} until the next firing of {@code interval}: its next candle close plus the delay. */
    public static long delayUntilNext(RunInterval interval, long now) {
        long length = (long) interval.millis();
        long nextClose = (now - PUBLISH_DELAY_MS) / length * length + length;
        return nextClose + PUBLISH_DELAY_MS - now;
    }

    private void scheduleNext(RunInterval interval) {
        long delay = delayUntilNext(interval, runtime.clock().millis());
        timer.schedule(() -> {
            try {
                TickHandler ticks = new TickHandler(runtime);
                new ScheduleHandler(runtime, request -> workers.submit(() -> ticks.handleRequest(request, null)))
                        .handleRequest(Map.of("interval", interval.code()), null);
            } finally {
                if (!timer.isShutdown()) {
                    scheduleNext(interval);
                }
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
