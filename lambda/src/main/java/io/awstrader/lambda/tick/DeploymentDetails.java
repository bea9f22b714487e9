package io.awstrader.lambda.tick;

import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestResult;
import io.awstrader.engine.backtest.PortfolioMark;
import io.awstrader.engine.bot.BotError;
import io.awstrader.engine.bot.ConsoleEntry;
import io.awstrader.engine.bot.RunCarry;
import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.plot.PlotMark;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing part of a deployment, saved chunked after every tick: the brokerage's book (for a paper account, the
 * whole virtual exchange), the equity curve ({@code [time, equity, held, close per pair]} per tick), plots, console
 * lines, bot errors and the recent tick records. Logs, plots and errors keep the newest entries up to their limits
 * and count the dropped ones, so a chatty bot cannot grow a deployment without end.
 */
public final class DeploymentDetails {
    public static final int MAX_LOGS = 5_000;
    public static final int MAX_PLOTS = 20_000;
    public static final int MAX_ERRORS = 500;
    public static final int MAX_TICK_RECORDS = 200;

    private JsonObject book;
    private final List<JsonValue> equity;
    private final List<JsonValue> plots;
    private final List<JsonValue> logs;
    private final List<JsonValue> errors;
    private final List<JsonValue> ticks;
    private int droppedLogs;
    private int droppedPlots;

    private DeploymentDetails(JsonObject json) {
        JsonValue savedBook = json.get("book");
        book = savedBook == null || savedBook.isNull() ? null : savedBook.asObject();
        equity = list(json, "equity");
        plots = list(json, "plots");
        logs = list(json, "logs");
        errors = list(json, "errors");
        ticks = list(json, "ticks");
        droppedLogs = (int) number(json, "droppedLogs");
        droppedPlots = (int) number(json, "droppedPlots");
    }

    /** The details a deployment saved, or empty ones for {@code null} (no tick yet). */
    public static DeploymentDetails read(String json) {
        return new DeploymentDetails(json == null ? JsonObject.empty() : Json.parse(json).asObject());
    }

    /** The brokerage's book, or null before the first tick. */
    public JsonObject book() {
        return book;
    }

    public void setBook(JsonObject newBook) {
        book = newBook;
    }

    /** Adds one tick's console lines, plots and error (each list keeps its newest entries). */
    public void addRun(List<ConsoleEntry> newLogs, List<PlotMark> newPlots, BotError error) {
        for (ConsoleEntry entry : newLogs) {
            logs.add(entry.toJson());
        }
        while (logs.size() > MAX_LOGS) {
            logs.remove(0);
            droppedLogs++;
        }
        for (PlotMark mark : newPlots) {
            plots.add(mark.toJson());
        }
        while (plots.size() > MAX_PLOTS) {
            plots.remove(0);
            droppedPlots++;
        }
        if (error != null) {
            errors.add(error.toJson());
            while (errors.size() > MAX_ERRORS) {
                errors.remove(0);
            }
        }
    }

    public void addMark(PortfolioMark mark) {
        double[] row = new double[3 + mark.closes().length];
        row[0] = mark.time();
        row[1] = mark.equity();
        row[2] = mark.held();
        System.arraycopy(mark.closes(), 0, row, 3, mark.closes().length);
        equity.add(JsonArray.ofNumbers(row));
    }

    /** Records what a tick did (newest last, the last {@value #MAX_TICK_RECORDS} kept). */
    public void addTick(JsonObject record) {
        ticks.add(record);
        while (ticks.size() > MAX_TICK_RECORDS) {
            ticks.remove(0);
        }
    }

    public List<JsonValue> ticks() {
        return List.copyOf(ticks);
    }

    public JsonObject toJson() {
        return JsonObject.builder().put("book", book == null ? JsonValue.of((String) null) : book)
                .put("equity", JsonArray.of(equity)).put("plots", JsonArray.of(plots)).put("logs", JsonArray.of(logs))
                .put("droppedLogs", droppedLogs).put("droppedPlots", droppedPlots).put("errors", JsonArray.of(errors))
                .put("ticks", JsonArray.of(ticks)).build();
    }

    /**
     * The deployment so far in a backtest's result form: its orders, balances, equity curve and stats (the engine's,
     * as for a backtest), plots, logs, state and errors.
     */
    public BacktestResult result(BacktestConfig config, RunCarry carry, OrderGateway gateway) {
        int steps = equity.size();
        int pairs = config.bot().pairs().size();
        double[] times = new double[steps];
        double[] values = new double[steps];
        double[] held = new double[steps];
        double[][] closes = new double[pairs][steps];
        for (int i = 0; i < steps; i++) {
            JsonArray row = equity.get(i).asArray();
            times[i] = row.get(0).asDouble();
            values[i] = row.get(1).asDouble();
            held[i] = row.get(2).asDouble();
            for (int p = 0; p < pairs; p++) {
                closes[p][i] = row.get(3 + p).asDouble();
            }
        }
        List<PlotMark> plotMarks = new ArrayList<>();
        for (JsonValue mark : plots) {
            plotMarks.add(PlotMark.fromJson(mark.asObject()));
        }
        List<ConsoleEntry> entries = new ArrayList<>();
        for (JsonValue entry : logs) {
            entries.add(ConsoleEntry.fromJson(entry.asObject()));
        }
        List<BotError> botErrors = new ArrayList<>();
        for (JsonValue error : errors) {
            botErrors.add(BotError.fromJson(error.asObject()));
        }
        return BacktestResult.of(config, carry.allOrders(gateway), gateway.portfolio(), times, values, held, closes,
                plotMarks, entries, droppedLogs, carry.state(), botErrors);
    }

    private static List<JsonValue> list(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null ? new ArrayList<>() : new ArrayList<>(value.asArray().items());
    }

    private static double number(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null ? 0 : value.asDouble();
    }
}
