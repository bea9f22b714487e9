package io.awstrader.lambda.tick;

/**
 * What one tick did. {@code tickKey} is the close time (epoch ms) of the candle it acted on (0 when it did not get
 * that far); {@code skipped} the candles it jumped over because ticks were missed; {@code conflicts} the
 * conditional-write conflicts it retried.
 *
 * @param result  applied, duplicate (the candle was already applied: nothing done), inactive (stopped or paused),
 *                no_candle (no closed candle yet), in_flight (an earlier tick placed orders on a real exchange
 *                and has not saved; nothing done until its orders can be recovered), exchange_error (the exchange could not be reached: nothing
 *                saved, recorded on the deployment) or failed (the tick could not run: {@code message} says why)
 * @param message the bot error or the failure, or null
 */
public record TickOutcome(Result result, long tickKey, long skipped, int ordersPlaced, boolean botError,
                          boolean paused, int conflicts, String message) {

    /** The kinds of outcome. */
    public enum Result { APPLIED, DUPLICATE, INACTIVE, NO_CANDLE, IN_FLIGHT, EXCHANGE_ERROR, FAILED }

    static TickOutcome of(Result result, long tickKey, int conflicts, String message) {
        return new TickOutcome(result, tickKey, 0, 0, false, false, conflicts, message);
    }
}
