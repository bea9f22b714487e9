package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.plot.PlotMark;

import java.util.List;
import java.util.Map;

/**
 * One run of a bot: {@code initializeState} on the first run, then {@code onData}. The same code serves backtests
 * (in the browser and on the JVM) and deployment ticks, which is what makes their results identical.
 */
public final class Iteration {

    private Iteration() {
    }

    public static IterationResult run(BotRuntime bot, IterationInput in) {
        BotConfig config = in.config();
        Map<Pair, CandleWindow> candles = in.candles();
        ConsoleApi console = new ConsoleApi(in.now(), in.nextLogNumber());
        BotClock clock = new BotClock(in.now(), BotClock.seedFor(in.runSeed(), in.now()));
        TraderApi trader = new TraderApi(config, in.portfolio(), in.orders(), candles, console, in.now(),
                in.nextOrderNumber());
        PlotterApi plotter = new PlotterApi(config, candles);
        JsonObject state = in.state();
        boolean initialized = in.initialized();
        UtilsApi utils = new UtilsApi();
        IndicatorsApi indicators = new IndicatorsApi(in.indicators());
        PatternsApi patterns = new PatternsApi();
        try {
            if (!initialized) {
                BotInput init = new BotInput(candles, config, JsonObject.empty(), trader, utils, indicators, patterns,
                        plotter, console, clock);
                state = checkState(bot.initializeState(init), "initializeState");
                initialized = true;
            }
            BotInput input = new BotInput(candles, config, state, trader, utils, indicators, patterns, plotter,
                    console, clock);
            state = checkState(bot.onData(input), "onData");
        } catch (BotException e) {
            // A call stopped by a limit logged what timing let it log: keep only its error, the same in every runtime.
            ConsoleApi kept = e.limitBroken() ? new ConsoleApi(in.now(), in.nextLogNumber()) : console;
            return failed(in, kept, new BotError(in.now(), e.getMessage(), e.botStack()));
        } catch (BotHaltedException e) {
            throw e;
        } catch (RuntimeException e) {
            // A Java bot, or a bad argument to an API call that a runtime passed through unwrapped.
            return failed(in, console, new BotError(in.now(), describe(e), ""));
        }
        return new IterationResult(trader.newOrders(), trader.ordersToCancel(), state, initialized,
                console.entries(), plotter.marks(), null, trader.nextOrderNumber(), console.nextId());
    }

    private static JsonObject checkState(JsonObject state, String step) {
        if (state == null) {
            throw new BotException(step + " left no state object", "");
        }
        return state;
    }

    private static IterationResult failed(IterationInput in, ConsoleApi console, BotError error) {
        List<Order> noOrders = List.of();
        List<PlotMark> noPlots = List.of();
        return new IterationResult(noOrders, List.of(), in.state(), in.initialized(), console.entries(), noPlots,
                error, in.nextOrderNumber(), console.nextId());
    }

    /** A failure's message, or its type's name when it has none. */
    static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
